// Click-to-call (docs/sip.md): "Call…" and "Call me at…" through POST /api/v1/calls, and the call
// banner that the live connection's `call` events drive; Hang up is DELETE /api/v1/calls/{id}.
// Calls going on are read again after every (re)connection, so they survive a reload.

import { get, post, del, enc } from './api.js';
import { h, fill } from './dom.js';
import { nameOf } from './people.js';
import { CallMeAt } from './callmenu.js';

/** How far each state is along a call: an event never takes a call back. */
const STEP = { ringing: 0, calling: 1, connected: 2, refused: 3, failed: 3, ended: 3 };
const LABEL = { ringing: 'Ringing', calling: 'Calling', connected: 'Connected', refused: 'Refused', failed: 'Failed', ended: 'Ended' };
const isFinal = (state) => STEP[state] === 3;

export class Calls {
  constructor(app, region) {
    this.app = app;
    this.list = h('div', { class: 'call-list', 'aria-live': 'polite' });
    this.error = h('p', { id: 'call-error', class: 'error call-error', role: 'alert' });
    fill(region, this.list, this.error);
    this.calls = new Map(); // id -> the call as last heard of
    app.live.addEventListener('call', (e) => { this.update(e.detail); this.render(); });
    // After every (re)connection: what is going on now (a reload, or events missed meanwhile).
    app.live.addEventListener('hello', () => this.load());
  }

  async load() {
    const known = [...this.calls.values()].filter((c) => !isFinal(c.state)).map((c) => c.id);
    let going;
    try { going = await get('/calls'); } catch (e) { return; }
    if (this.app.stopped) return;
    going.forEach((c) => this.update(c));
    const listed = new Set(going.map((c) => c.id));
    for (const id of known.filter((k) => !listed.has(k))) {
      this.update({ ...this.calls.get(id), state: 'ended', reason: 'it ended while this page was not connected' });
    }
    this.render();
  }

  update(call) {
    const old = this.calls.get(call.id);
    if (old && (isFinal(old.state) || STEP[call.state] < STEP[old.state])) return;
    // `seq` numbers each change of one call: an older event that arrives after a newer one is dropped.
    const seq = Number.isInteger(call.seq) ? call.seq : (old ? old.seq : 0);
    if (old && Number.isInteger(call.seq) && call.seq <= old.seq) return;
    if (!(call.state in STEP)) return;
    this.calls.set(call.id, { id: call.id, seq, to: call.to, from: call.from, state: call.state, reason: call.reason || '' });
  }

  /**
   * Places a call to a user id or a number; `from` is "device", "device:<registration id>" or one of the user's own numbers.
   * Resolves to '' when placed, else to the sentence that says why not (also shown in the banner
   * unless `quiet`, for a caller that shows it where the user is, such as the business card).
   */
  async place(to, from = 'device', quiet = false) {
    for (const [id, c] of this.calls) if (isFinal(c.state)) this.calls.delete(id);
    this.error.textContent = '';
    let text = '';
    try {
      this.update(await post('/calls', { to, from }));
    } catch (e) {
      text = explain(e, to);
      if (!quiet) this.error.textContent = text;
    }
    this.render();
    if (!text) this.list.lastElementChild?.querySelector('button')?.focus();
    return text;
  }

  async hangUp(id) {
    try {
      await del(`/calls/${enc(id)}`);
    } catch (e) {
      // Already over on the server (404): it ended.
      if (e.status === 404) this.update({ ...this.calls.get(id), state: 'ended', reason: 'it had already ended' });
      else this.error.textContent = `Not hung up: ${e.message}`;
      this.render();
    }
  }

  /**
   * A button that calls a person or a number, ringing the user's phone first; `label` names it for
   * screen readers, `text` is what it shows. `onPlaced` as for {@link CallMeAt}.
   */
  button(to, label, onPlaced = null, text = 'Call') {
    const b = h('button', { type: 'button', class: 'small call-start', 'aria-label': label, dataset: { to } }, text);
    // Busy while the server answers: aria-disabled, not disabled, so the focus stays on it.
    b.addEventListener('click', async () => {
      if (b.getAttribute('aria-disabled') === 'true') return;
      b.setAttribute('aria-disabled', 'true');
      const problem = await this.place(to, 'device', onPlaced !== null);
      b.removeAttribute('aria-disabled');
      if (onPlaced) onPlaced(problem);
    });
    return b;
  }

  /** The "Call me at…" menu for calling a person: where Parley rings the user first. */
  callMeAt(to, name, onPlaced = null) {
    return new CallMeAt(this, to, name, onPlaced).element;
  }

  render() {
    if (this.app.stopped) return;
    // Re-drawing keeps the keyboard focus on the same call's button (Hang up becomes Dismiss).
    const focused = this.list.contains(document.activeElement) ? document.activeElement.closest('.call-banner')?.dataset.call : null;
    fill(this.list, [...this.calls.values()].map((c) => this.banner(c)));
    if (focused) this.list.querySelector(`.call-banner[data-call="${CSS.escape(focused)}"] button`)?.focus();
  }

  banner(c) {
    const who = /^\+?[0-9]+$/.test(c.to) ? c.to : nameOf(c.to);
    const action = isFinal(c.state)
      ? h('button', { type: 'button', class: 'small', 'aria-label': `Dismiss the call with ${who}`,
        on: { click: () => { this.calls.delete(c.id); this.render(); } } }, 'Dismiss')
      : h('button', { type: 'button', class: 'small hang-up', 'aria-label': `Hang up the call with ${who}`,
        on: { click: (e) => {
          if (e.currentTarget.getAttribute('aria-disabled') === 'true') return;
          e.currentTarget.setAttribute('aria-disabled', 'true');
          this.hangUp(c.id);
        } } }, 'Hang up');
    return h('div', { class: 'call-banner', role: 'group', 'aria-label': `Call with ${who}`, dataset: { call: c.id, state: c.state } },
      h('span', { class: 'call-icon', 'aria-hidden': 'true' }, '✆'),
      h('span', { class: 'call-text' },
        h('strong', { class: 'call-state' }, LABEL[c.state]), ' ', sentence(c, who)),
      action);
  }
}

function sentence(c, who) {
  const where = c.from === 'device' ? 'Your phone is ringing' : `Parley is ringing you at ${c.from}`;
  const because = c.reason ? `: ${c.reason}` : '';
  switch (c.state) {
    case 'ringing': return `${where}: answer it to call ${who}.`;
    case 'calling': return `You answered; ringing ${who}…`;
    case 'connected': return `You are talking with ${who}.`;
    case 'refused': return `${who} did not take the call${because}.`;
    case 'failed': return `The call to ${who} could not be made${because}.`;
    default: return `The call with ${who} ended${because}.`;
  }
}

/** Why a call was not placed, in words, from the server's problem. */
function explain(e, to) {
  const kind = (e.problem?.type || '').split('/').pop();
  const who = /^\+?[0-9 ()./-]+$/.test(to) ? to : nameOf(to);
  const words = {
    'no-device': e.problem?.detail || 'No phone is registered.',
    'callee-dnd': `${who} does not want to be disturbed now.`,
    'no-trunk': 'Parley cannot call telephone numbers here: no telephone line (trunk) is configured.',
    'too-many-calls': 'You already have two calls going on: hang one up first.',
  }[kind];
  if (words) return `Call not placed. ${words}`;
  if (e.status === 403) return `Call not placed. ${e.problem?.detail || 'That number may not be called from Parley.'}`;
  if (e.status === 404) return `Call not placed. ${who} is not in the directory.`;
  if (e.status === 503) return 'Call not placed. Telephony is not running on the server now; try again later.';
  return `Call not placed. ${e.message}`;
}
