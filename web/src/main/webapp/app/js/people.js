// Presence of the people the client shows, and their names from the directory.

import { get, enc } from './api.js';

export const STATUSES = [
  ['available', 'Available'],
  ['away', 'Away'],
  ['dnd', 'Do not disturb'],
  ['in-meeting', 'In a meeting'],
  ['on-the-phone', 'On the phone'],
  ['offline', 'Offline'],
];
const LABELS = Object.fromEntries(STATUSES);

export const statusLabel = (status) => LABELS[status] || 'Offline';

const presence = new Map();   // user -> presence (the highest revision seen)
const names = new Map();      // user -> display name, or a promise of it
const listeners = new Set();

/** Forgets every presence, name and listener (at sign-out: the next person starts from nothing). */
export function resetPeople() {
  presence.clear();
  names.clear();
  listeners.clear();
}

/** Called with (user, presence) on every change. */
export function onPresence(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function presenceOf(user) {
  return presence.get(user) || { user, status: 'offline', message: '', revision: -1 };
}

export function knownUsers() {
  return [...presence.keys()];
}

/** Keeps a presence message if it is newer than what we have; tells the listeners. */
export function updatePresence(p) {
  const old = presence.get(p.user);
  if (old && typeof p.revision === 'number' && p.revision < old.revision) return;
  presence.set(p.user, p);
  for (const listener of listeners) listener(p.user, p);
}

/** The person's name from the directory (cached); the user id until it is known. */
export function nameOf(user) {
  const known = names.get(user);
  return typeof known === 'string' ? known : user;
}

/** Resolves names of users; calls back when one becomes known. */
export async function loadName(user) {
  if (names.has(user)) return names.get(user);
  const promise = get(`/people/${enc(user)}`)
    .then((person) => {
      const name = (person && (person.displayName || person.name)) || user;
      names.set(user, name);
      for (const listener of listeners) listener(user, presenceOf(user));
      return name;
    })
    .catch(() => { names.set(user, user); return user; });
  names.set(user, promise);
  return promise;
}

/** A presence icon: a shape per status (not colour alone), labelled for screen readers. */
export function icon(status, el = document.createElement('span')) {
  el.className = 'presence';
  el.dataset.status = status;
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', statusLabel(status));
  el.title = statusLabel(status);
  return el;
}
