// Announcements from administrators: listed at sign-in, pushed live, dismissed per browser.

import { get, post } from './api.js';
import { h, fill, when } from './dom.js';
import { richText } from './richtext.js';
import { nameOf } from './people.js';

const DISMISSED = 'parley.dismissed';

export class Announcements {
  constructor(app, region) {
    this.app = app;
    this.region = region;
    this.items = [];
    app.live.addEventListener('announcement', (e) => {
      this.items = [e.detail, ...this.items.filter((a) => a.id !== e.detail.id)];
      this.render();
    });
  }

  async load() {
    const items = (await get('/announcements')).announcements;
    if (this.app.stopped) return;
    this.items = items;
    this.render();
  }

  dismissed() {
    try { return new Set(JSON.parse(localStorage.getItem(`${DISMISSED}.${this.app.me}`) || '[]')); } catch (e) { return new Set(); }
  }

  dismiss(id) {
    const set = this.dismissed();
    set.add(id);
    localStorage.setItem(`${DISMISSED}.${this.app.me}`, JSON.stringify([...set].slice(-200)));
    this.render();
  }

  render() {
    const hidden = this.dismissed();
    fill(this.region, this.items.filter((a) => !hidden.has(a.id)).map((a) => h('div', { class: 'announcement', role: 'note' },
      h('strong', {}, 'Announcement'), ' ', h('span', { class: 'muted small' }, `${nameOf(a.author)}, ${when(a.sent)}${a.group ? ` to ${a.group}` : ''}`),
      h('div', { class: 'announcement-text' }, richText(a.html)),
      h('button', { type: 'button', class: 'small link', 'aria-label': 'Dismiss announcement', on: { click: () => this.dismiss(a.id) } }, 'Dismiss'))));
  }

  /** The administrators' form (Settings shows it to administrators). */
  form() {
    const text = h('textarea', { id: 'announce-text', rows: 3, 'aria-label': 'Announcement text', maxlength: 8000 });
    const group = h('input', { id: 'announce-group', placeholder: 'Directory group (empty: everyone)', 'aria-label': 'Directory group (empty for everyone)' });
    const status = h('p', { role: 'status', class: 'small' });
    return h('form', { class: 'stack', 'aria-label': 'Send an announcement', on: { submit: async (e) => {
      e.preventDefault();
      try {
        await post('/announcements', { text: text.value, group: group.value.trim() || null });
        text.value = '';
        status.textContent = 'Announcement sent.';
      } catch (err) { status.textContent = err.message; }
    } } }, h('h3', {}, 'Send an announcement'), text, group, status, h('button', { type: 'submit', class: 'primary' }, 'Announce'));
  }
}
