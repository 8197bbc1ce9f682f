// "Call me at…": a small ARIA menu of where Parley rings the user before it calls the person: their
// registered phone, or one of their own directory numbers (through the telephone line).

import { get, enc } from './api.js';
import { h, fill } from './dom.js';

export class CallMeAt {
  /**
   * @param calls the click-to-call client that places the call
   * @param onPlaced called with '' once placed or the sentence why not (then the caller shows it);
   *        null to let the call banner show it
   */
  constructor(calls, to, name, onPlaced) {
    this.calls = calls;
    this.to = to;
    this.onPlaced = onPlaced;
    this.button = h('button', { type: 'button', class: 'small call-me-at', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      'aria-label': `Call ${name}: choose where Parley rings you first` }, 'Call me at…');
    this.menu = h('div', { class: 'call-menu card', role: 'menu', 'aria-label': `Ring me at, to call ${name}`, hidden: true });
    this.element = h('span', { class: 'call-me' }, this.button, this.menu);
    this.button.addEventListener('click', () => (this.menu.hidden ? this.open() : this.close()));
    this.button.addEventListener('keydown', (e) => { if (e.key === 'ArrowDown') { e.preventDefault(); this.open(); } });
    this.menu.addEventListener('keydown', (e) => this.key(e));
    this.element.addEventListener('focusout', (e) => { if (!this.element.contains(e.relatedTarget)) this.close(false); });
  }

  async open() {
    this.button.setAttribute('aria-expanded', 'true');
    fill(this.menu, h('span', { class: 'muted small', role: 'none' }, 'Looking up your phones…'));
    this.menu.hidden = false;
    const places = await this.places();
    if (this.menu.hidden) return;
    fill(this.menu, places.map(([label, from]) => h('button', { type: 'button', role: 'menuitem', class: 'call-from', tabindex: '-1',
      dataset: { from }, on: { click: () => this.choose(from) } }, label)));
    this.items()[0].focus();
  }

  /**
   * [label, from] for the user's registered phones (newest first: with several, each is its own
   * choice, "device:<registration id>") and each of their directory numbers.
   */
  async places() {
    const me = this.calls.app.me;
    const [card, phones] = await Promise.all([
      get(`/people/${enc(me)}`).catch(() => ({})),
      get('/sip/registrations').catch(() => [])]);
    const named = (p) => p.userAgent || p.contact;
    const devices = phones.length === 0 ? [['My phone (none registered now)', 'device']]
      : phones.length === 1 ? [[`My phone (${named(phones[0])})`, 'device']]
        : phones.map((p, i) => [`My phone ${named(p)}${i === 0 ? ' (the newest)' : ''}`, `device:${p.id}`]);
    const numbers = [['office', card.telephoneNumber], ['mobile', card.mobile]]
      .filter(([, n]) => n && /^\+?[0-9][0-9 ()./-]{2,30}$/.test(n.trim()))
      .map(([label, n]) => [`My ${label}, ${n}`, n.trim()]);
    return [...devices, ...numbers];
  }

  async choose(from) {
    this.close();
    const problem = await this.calls.place(this.to, from, this.onPlaced !== null);
    if (this.onPlaced) this.onPlaced(problem);
  }

  items() {
    return [...this.menu.querySelectorAll('[role=menuitem]')];
  }

  key(e) {
    const items = this.items();
    const i = items.indexOf(document.activeElement);
    const moves = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 };
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // the menu closes, not the business card around it
      this.close();
    } else if (e.key in moves && items.length) {
      e.preventDefault();
      items[(moves[e.key] + items.length) % items.length].focus();
    }
  }

  close(focusButton = true) {
    if (this.menu.hidden) return;
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (focusButton) this.button.focus();
  }
}
