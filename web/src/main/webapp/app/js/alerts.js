// Presence alerts: "tell me when X becomes available" and "when X's status changes".

import { get, post, del, enc } from './api.js';
import { h, fill, when } from './dom.js';
import { nameOf, statusLabel, loadName } from './people.js';

export class Alerts {
  constructor(app, panel) {
    this.app = app;
    this.panel = panel;
    this.items = [];
    const user = h('input', { id: 'alert-user', placeholder: 'User id', 'aria-label': 'Person (user id)', autocapitalize: 'none' });
    const kind = h('select', { id: 'alert-kind', 'aria-label': 'When' },
      h('option', { value: 'available' }, 'becomes available'), h('option', { value: 'change' }, 'changes status'));
    this.error = h('p', { class: 'error', role: 'alert' });
    this.listEl = h('ul', { id: 'alert-list', class: 'plain-list' });
    fill(panel, h('h2', { class: 'panel-title' }, 'Alerts'),
      h('form', { class: 'inline-form', 'aria-label': 'New alert', on: { submit: async (e) => {
        e.preventDefault();
        if (user.value.trim() && await this.add(user.value.trim(), kind.value)) user.value = '';
      } } }, h('span', {}, 'Tell me when'), user, kind, h('button', { type: 'submit', class: 'primary' }, 'Set alert')),
      this.error, this.listEl);
    app.live.addEventListener('alert', (e) => this.fired(e.detail));
  }

  async load() {
    const items = await get('/alerts');
    if (this.app.stopped) return;
    this.items = items;
    this.items.forEach((a) => loadName(a.user));
    this.render();
  }

  async add(user, kind) {
    try {
      await post('/alerts', { user, kind });
      this.error.textContent = '';
      this.app.notices.show(`Alert set for ${nameOf(user)}`);
      await this.load();
      return true;
    } catch (e) {
      this.error.textContent = e.message;
      return false;
    }
  }

  fired(a) {
    this.app.notices.notify('Parley alert', `${nameOf(a.user)} is now ${statusLabel(a.status)}${a.message ? ` — ${a.message}` : ''}`);
    this.load();
  }

  render() {
    if (!this.items.length) {
      fill(this.listEl, h('li', { class: 'muted' }, 'No alerts.'));
      return;
    }
    fill(this.listEl, this.items.map((a) => h('li', {},
      h('span', {}, `${nameOf(a.user)} ${a.kind === 'available' ? 'becomes available' : 'changes status'}`),
      ' ', h('span', { class: 'muted small' }, a.firedStatus ? `fired ${when(a.firedAt)}: ${statusLabel(a.firedStatus)}` : 'waiting'),
      ' ', h('button', { type: 'button', class: 'small link', 'aria-label': `Remove the alert on ${nameOf(a.user)}`,
        on: { click: async () => { await del(`/alerts/${enc(a.id)}`); this.load(); } } }, 'Remove'))));
  }
}
