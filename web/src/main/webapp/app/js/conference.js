// Conference calls (docs/sip.md): "Conference call" in a group chat rings its members' phones
// (POST /api/v1/conferences), and a panel per conference the user is invited to follows the live
// connection's `conference` events, each the whole state. The controller mutes, mutes all, hangs
// up anyone and ends the call; everyone else only mutes, unmutes and hangs up themselves, as the
// server allows (it answers 403 to anything more).

import { get, post, del, enc } from './api.js';
import { h, fill } from './dom.js';
import { nameOf, loadName, onPresence } from './people.js';

const STATE = { invited: 'Invited', ringing: 'Ringing', connected: 'Connected', left: 'Left', refused: 'Refused', failed: 'Failed' };
const ON_CALL = new Set(['ringing', 'connected']);

export class Conferences {
  constructor(app, region) {
    this.app = app;
    // Its panels go in the Calls region, after the call banners.
    this.list = region.appendChild(h('div', { class: 'conference-list' }));
    this.conferences = new Map(); // id -> {conference as last heard of, news, error}
    app.live.addEventListener('conference', (e) => { this.update(e.detail); this.render(); });
    // After a reconnection: how the conferences shown are now (events may have been missed).
    app.live.addEventListener('hello', () => this.reload());
    onPresence(() => this.render()); // names arrive from the directory
  }

  /** The "Conference call" button of a group chat; `onProblem` gets the sentence when it is not started. */
  button(chat, title, onProblem) {
    const b = h('button', { type: 'button', class: 'small conference-start', 'aria-label': `Conference call with the members of ${title}` },
      'Conference call');
    b.addEventListener('click', async () => {
      if (b.getAttribute('aria-disabled') === 'true') return;
      b.setAttribute('aria-disabled', 'true');
      onProblem('');
      try {
        const started = await post('/conferences', { chat });
        this.update(started); // its events may have come first: the newest state stays
        this.render();
        this.list.querySelector(`[data-conference="${CSS.escape(started.id)}"] h2`)?.focus();
      } catch (e) {
        onProblem(`Conference call not started. ${e.problem?.detail || e.message}`);
      } finally {
        b.removeAttribute('aria-disabled');
      }
    });
    return b;
  }

  /**
   * Keeps a conference's state; an ended one never comes back. `seq` numbers its states: an older
   * one that arrives after a newer one is dropped (an ended state is the last anyway).
   */
  update(conference) {
    const old = this.conferences.get(conference.id);
    if (old && old.conference.state === 'ended') return;
    if (old && conference.state !== 'ended' && !(conference.seq > old.conference.seq)) return;
    conference.participants.forEach((p) => loadName(p.user));
    // Talking alone says nothing new: the last sentence stays.
    const said = old ? news(old.conference, conference, this.app.me) || old.news : 'The conference call started.';
    this.conferences.set(conference.id, { ...old, conference, error: old ? old.error : '', news: said });
  }

  async reload() {
    for (const [id, c] of this.conferences) {
      if (c.conference.state === 'ended') continue;
      try {
        this.update(await get(`/conferences/${enc(id)}`));
      } catch (e) {
        if (e.status === 404) this.update({ ...c.conference, state: 'ended' });
      }
    }
    this.render();
  }

  /** One REST call of the panel's controls; a refusal shows in the panel's alert. */
  async act(id, what, request) {
    let error = '';
    try {
      await request();
    } catch (e) {
      error = `${what} did not work. ${e.problem?.detail || e.message}`;
    }
    const c = this.conferences.get(id); // events meanwhile replaced what was there
    if (!c) return;
    c.error = error;
    this.render();
  }

  render() {
    if (this.app.stopped) return;
    // Re-drawing (talking changes often) keeps the keyboard focus on the same control; each
    // panel, its news (a polite live region) and its alert stay the same elements throughout.
    const focused = this.list.contains(document.activeElement) ? document.activeElement.dataset.key : null;
    for (const section of [...this.list.children]) {
      if (!this.conferences.has(section.dataset.conference)) section.remove();
    }
    for (const c of this.conferences.values()) {
      if (!c.section) {
        c.section = h('section', { class: 'conference card', 'aria-labelledby': `conference-${c.conference.id}` });
        c.newsEl = h('p', { class: 'conference-news small', 'aria-live': 'polite' });
        c.errorEl = h('p', { class: 'error', role: 'alert' });
        this.list.append(c.section);
      }
      this.panel(c);
    }
    if (focused) this.list.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }

  panel({ conference: c, news: said, error, section, newsEl, errorEl }) {
    const me = this.app.me;
    const controls = c.controller === me && c.state !== 'ended';
    const title = `Conference call${this.originTitle(c) ? `: ${this.originTitle(c)}` : ''}`;
    const others = c.participants.filter((p) => p.user !== me && p.state === 'connected');
    Object.assign(section.dataset, { conference: c.id, state: c.state });
    if (newsEl.textContent !== said) newsEl.textContent = said;
    if (errorEl.textContent !== error) errorEl.textContent = error;
    fill(section,
      h('h2', { id: `conference-${c.id}`, tabindex: '-1', dataset: { key: `${c.id}:title` } }, title),
      h('p', { class: 'muted small' }, c.state === 'ended' ? 'This conference call has ended.'
        : controls ? 'You started it and control it.' : `${nameOf(c.controller)} controls it.`),
      h('ul', { class: 'conference-people', 'aria-label': 'Participants' }, c.participants.map((p) => this.row(c, p, controls))),
      newsEl, errorEl,
      h('div', { class: 'row' },
        controls && others.length ? this.control(c, 'mute-all', 'Mute everyone else', 'Mute all', 'Muting everyone',
          () => post(`/conferences/${enc(c.id)}/mute-all`)) : null,
        controls ? this.control(c, 'end', 'End the conference call for everyone', 'End conference', 'Ending the conference',
          () => del(`/conferences/${enc(c.id)}`), 'hang-up') : null,
        c.state === 'ended' ? h('button', { type: 'button', class: 'small', dataset: { key: `${c.id}:dismiss` },
          on: { click: () => { this.conferences.delete(c.id); this.render(); } } }, 'Dismiss') : null));
  }

  row(c, p, controls) {
    const self = p.user === this.app.me;
    const who = self ? 'you' : nameOf(p.user);
    const path = `/conferences/${enc(c.id)}/participants/${enc(p.user)}`;
    const live = c.state !== 'ended';
    const mayMute = live && p.state === 'connected' && (self || controls);
    const mayHangUp = live && ON_CALL.has(p.state) && (self || controls);
    const flags = [p.muted ? 'muted' : '', p.talking ? 'talking' : ''].filter(Boolean).join(', ');
    const mute = p.muted ? (self ? 'Unmute me' : 'Unmute') : (self ? 'Mute me' : 'Mute');
    return h('li', { class: 'conference-person', dataset: { user: p.user, state: p.state, muted: String(p.muted), talking: String(p.talking) } },
      h('span', { class: 'talking', 'aria-hidden': 'true' }),
      h('span', { class: 'name' }, self ? `${nameOf(p.user)} (you)` : nameOf(p.user)),
      h('span', { class: 'conference-state' }, STATE[p.state] || p.state, p.reason && !ON_CALL.has(p.state) ? `: ${p.reason}` : ''),
      h('span', { class: 'muted small conference-flags' }, flags),
      mayMute ? this.control(c, `mute:${p.user}`, `${mute}${self ? '' : ` ${who}`}`, mute, p.muted ? 'Unmuting' : 'Muting',
        () => post(`${path}/mute`, { muted: !p.muted })) : null,
      mayHangUp ? this.control(c, `hang-up:${p.user}`, self ? 'Leave the conference call' : `Hang up ${who}`, self ? 'Leave' : 'Hang up',
        self ? 'Leaving' : 'Hanging up', () => del(path), 'hang-up') : null);
  }

  control(c, action, label, text, what, request, kind = '') {
    return h('button', { type: 'button', class: `small ${kind}`.trim(), 'aria-label': label, dataset: { action, key: `${c.id}:${action}` },
      on: { click: () => this.act(c.id, what, request) } }, text);
  }

  /** The chat's title for a chat's conference, else nothing. */
  originTitle(c) {
    const chat = c.origin.startsWith('chat:') ? this.app.chats.conversations.get(c.origin.slice(5)) : null;
    return chat ? this.app.chats.titleOf(chat) : '';
  }
}

/** What changed between two states of a conference, in words (for the polite live region). */
function news(before, after, me) {
  if (after.state === 'ended') return 'The conference call ended.';
  const was = new Map(before.participants.map((p) => [p.user, p]));
  const said = [];
  for (const p of after.participants) {
    const old = was.get(p.user);
    const who = p.user === me ? 'You' : nameOf(p.user);
    if (!old || old.state !== p.state) said.push(`${who}: ${(STATE[p.state] || p.state).toLowerCase()}.`);
    else if (old.muted !== p.muted) said.push(`${who} ${p.user === me ? 'are' : 'is'} ${p.muted ? 'muted' : 'no longer muted'}.`);
  }
  return said.join(' ');
}
