// The web client: signs in, opens the live connection and hands its messages to each screen.

import { call, get, setCsrf, Problem } from './api.js';
import { $ } from './dom.js';
import { Live } from './live.js';
import { updatePresence, loadName, resetPeople } from './people.js';
import { StatusMenu } from './status.js';
import { Tabs } from './tabs.js';
import { Contacts } from './contacts.js';
import { Chats } from './chat.js';
import { DirectoryScreen } from './directory.js';
import { Alerts } from './alerts.js';
import { Settings } from './settings.js';
import { Announcements } from './announcements.js';
import { Notices } from './notices.js';
import { Calls } from './calls.js';
import { Conferences } from './conference.js';

let app = null;

async function start() {
  $('#signin-form').addEventListener('submit', signIn);
  // Page-wide controls exist once; they act on whoever is signed in now.
  $('#signout').addEventListener('click', () => app?.signOut());
  window.addEventListener('hashchange', () => app?.route());
  // Diagnostics: `document.dispatchEvent(new Event('parley:drop'))` drops the live connection as a
  // network failure would; the client reconnects and catches up by itself.
  document.addEventListener('parley:drop', () => app?.live.drop());
  try {
    const session = await get('/session');
    enter(session);
  } catch (e) {
    showSignIn();
  }
}

function showSignIn(message = '') {
  if (app) { app.stop(); app = null; }
  document.body.dataset.connection = 'signed-out';
  $('#shell').hidden = true;
  $('#signin').hidden = false;
  $('#signin-error').textContent = message;
  $('#signin-user').focus();
}

async function signIn(event) {
  event.preventDefault();
  const user = $('#signin-user').value.trim();
  const password = $('#signin-password').value;
  if (!user || !password) {
    $('#signin-error').textContent = 'Enter your user name and password.';
    return;
  }
  $('#signin-submit').disabled = true;
  try {
    const session = (await call('POST', '/session', { user, password })).body;
    $('#signin-password').value = '';
    enter(session);
  } catch (e) {
    $('#signin-error').textContent = e.status === 401 ? 'Wrong user name or password.' : e.message;
  } finally {
    $('#signin-submit').disabled = false;
  }
}

function enter(session) {
  if (app) app.stop();
  setCsrf(session.csrfToken);
  $('#signin').hidden = true;
  $('#shell').hidden = false;
  const mine = new App(session);
  app = mine;
  $('#my-name').textContent = session.user;
  loadName(session.user).then((name) => { if (app === mine) $('#my-name').textContent = name; });
  app.start();
}

class App {
  constructor(session) {
    this.me = session.user;
    this.admin = session.admin;
    // Every listener this sign-in puts on the page's lasting elements goes when it signs out.
    this.ended = new AbortController();
    this.signal = this.ended.signal;
    clearScreens();
    this.notices = new Notices($('#toasts'), this.me);
    this.live = new Live(() => this.catchUp());
    this.calls = new Calls(this, $('#calls'));
    this.conferences = new Conferences(this, $('#calls'));
    this.tabs = new Tabs($('#tablist'), this.signal);
    this.status = new StatusMenu(this);
    this.contacts = new Contacts(this, $('#panel-contacts'));
    this.chats = new Chats(this, $('#panel-chats'));
    this.directory = new DirectoryScreen(this, $('#panel-directory'));
    this.alerts = new Alerts(this, $('#panel-alerts'));
    this.settings = new Settings(this, $('#panel-settings'));
    this.announcements = new Announcements(this, $('#announcements'));
  }

  start() {
    const live = this.live;
    live.addEventListener('presence', (e) => updatePresence(e.detail));
    live.addEventListener('contacts', (e) => this.contacts.changed(e.detail.version));
    live.addEventListener('state', (e) => this.connection(e.detail));
    live.addEventListener('error', (e) => this.protocolError(e.detail));
    live.start();
    this.contacts.load();
    this.chats.load();
    this.alerts.load();
    this.announcements.load();
    this.watch([this.me]);
    this.route();
    this.reportActivity();
  }

  /**
   * Links into the client (the presence widget opens them): #chat=USER, #card=USER, and #call=USER
   * (the card with the focus on its Call button: the call is placed by the user's own click here).
   */
  route() {
    const match = /^#(chat|card|call)=([A-Za-z0-9._@-]{1,64})$/.exec(location.hash);
    if (!match) return;
    history.replaceState(null, '', location.pathname);
    const user = decodeURIComponent(match[2]);
    if (match[1] === 'chat') this.chats.openWith(user);
    else this.directory.card(user, $('#main'), match[1] === 'call');
  }

  /** Ends this sign-in in the page: no connection, no listener, no state of this user left behind. */
  stop() {
    this.stopped = true;
    this.live.stop();
    this.ended.abort();
    resetPeople();
    setCsrf(null);
    clearScreens();
  }

  /** Tells the server the person is active (drives automatic away), at most every 30 seconds. */
  reportActivity() {
    let last = 0;
    const active = () => {
      const now = Date.now();
      if (now - last > 30000 && this.live.state === 'live') {
        last = now;
        this.live.send({ type: 'activity' });
      }
    };
    for (const event of ['keydown', 'pointerdown', 'focus']) window.addEventListener(event, active, { capture: true, signal: this.signal });
  }

  /** What to say to the server after every (re)connection. */
  catchUp() {
    return { watch: [...this.watched], sync: this.chats.syncPoints() };
  }

  get watched() {
    this.watchSet = this.watchSet || new Set();
    return this.watchSet;
  }

  /** Starts watching the presence of these users (once each). */
  watch(users) {
    const fresh = users.filter((u) => !this.watched.has(u));
    fresh.forEach((u) => { this.watched.add(u); loadName(u); });
    if (fresh.length && this.live.state === 'live') this.live.watch(fresh);
  }

  connection(state) {
    const labels = { live: 'Connected', connecting: 'Connecting…', reconnecting: 'Reconnecting…', 'signed-out': '' };
    $('#connection').textContent = labels[state] ?? state;
    if (state === 'reconnecting') this.checkSession();
  }

  async checkSession() {
    try {
      await get('/session');
    } catch (e) {
      if (e instanceof Problem && e.status === 401 && app === this) {
        showSignIn('Your session ended. Sign in again.');
      }
    }
  }

  protocolError(message) {
    if (message.conversation || message.clientId) return; // the chat screen shows those
    const p = message.problem || {};
    this.notices.show(p.detail || p.title || 'Something went wrong', 'error');
  }

  async signOut() {
    this.live.stop();
    try { await call('DELETE', '/session'); } catch (e) { /* signed out anyway */ }
    if (app === this) showSignIn();
  }
}

/** Empties every screen the signed-in person saw, so the next one to sign in starts from nothing. */
function clearScreens() {
  for (const id of ['calls', 'panel-contacts', 'panel-chats', 'panel-directory', 'panel-alerts', 'panel-settings', 'announcements', 'toasts', 'status-choices', 'my-name', 'my-status-text']) {
    $(`#${id}`).replaceChildren();
  }
  const dialog = $('#card-dialog');
  if (dialog.open) dialog.close();
  dialog.replaceChildren();
  $('#status-menu').hidden = true;
  $('#status-button').setAttribute('aria-expanded', 'false');
  $('#my-icon').dataset.status = 'offline';
  $('#unread').hidden = true;
  $('#connection').textContent = '';
  $('#signin-user').value = '';
  $('#signin-password').value = '';
}

start();
