// Settings: who may see my presence (privacy list), who may reach me on Do Not Disturb,
// alerts and desktop notifications, and announcements for administrators.

import { get, put } from './api.js';
import { h, fill } from './dom.js';
import { notifyKey } from './notices.js';

const split = (text) => text.split(/[\s,;]+/).filter(Boolean);

export class Settings {
  constructor(app, panel) {
    this.app = app;
    this.panel = panel;
    app.tabs.onSelect((id) => { if (id === 'tab-settings') this.load(); });
  }

  async load() {
    let privacy;
    try {
      privacy = await get('/privacy');
    } catch (e) {
      if (this.app.stopped) return;
      fill(this.panel, h('p', { class: 'error' }, e.message));
      return;
    }
    if (!this.app.stopped) this.render(privacy);
  }

  render(privacy) {
    const choice = (value, label) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'visibility', value, checked: privacy.visibility === value }), ` ${label}`);
    const list = h('textarea', { id: 'privacy-list', rows: 2, 'aria-describedby': 'privacy-list-help' });
    list.value = (privacy.list || []).join(', ');
    const dnd = h('textarea', { id: 'dnd-exceptions', rows: 2, 'aria-describedby': 'dnd-help' });
    dnd.value = (privacy.dndExceptions || []).join(', ');
    const status = h('p', { role: 'status', class: 'small', id: 'privacy-status' });
    const privacyForm = h('form', { class: 'stack', 'aria-labelledby': 'privacy-title', on: { submit: async (e) => {
      e.preventDefault();
      const visibility = privacyForm.querySelector('input[name=visibility]:checked').value;
      try {
        const saved = await put('/privacy', { visibility, list: split(list.value), dndExceptions: split(dnd.value), version: privacy.version });
        privacy = saved;
        status.textContent = 'Saved.';
      } catch (err) { status.textContent = err.message; }
    } } },
    h('h3', { id: 'privacy-title' }, 'Privacy'),
    h('fieldset', {}, h('legend', {}, 'Who may see my presence'),
      choice('everyone', 'Everyone'), choice('only', 'Only the people below'), choice('except', 'Everyone except the people below')),
    h('label', { for: 'privacy-list' }, 'People (user ids)'),
    list, h('p', { id: 'privacy-list-help', class: 'muted small' }, 'Comma-separated user ids.'),
    h('h3', {}, 'Selective Do Not Disturb'),
    h('label', { for: 'dnd-exceptions' }, 'These people may still reach me when I am on Do Not Disturb'),
    dnd, h('p', { id: 'dnd-help', class: 'muted small' }, 'Comma-separated user ids.'),
    status, h('button', { type: 'submit', class: 'primary', id: 'privacy-save' }, 'Save privacy'));

    const notify = h('input', { type: 'checkbox', id: 'notify-toggle', checked: localStorage.getItem(notifyKey(this.app.me)) === 'on' });
    notify.addEventListener('change', async () => {
      if (notify.checked && 'Notification' in window && Notification.permission === 'default') await Notification.requestPermission();
      localStorage.setItem(notifyKey(this.app.me), notify.checked ? 'on' : 'off');
    });
    const notifications = h('section', { class: 'stack', 'aria-labelledby': 'notify-title' },
      h('h3', { id: 'notify-title' }, 'Notifications and alerts'),
      h('label', { class: 'choice' }, notify, ' Desktop notifications for new messages and alerts when Parley is in the background'),
      h('p', { class: 'muted small' }, 'Alerts on people are set in the Alerts tab or from a business card.'),
      h('button', { type: 'button', on: { click: () => this.app.tabs.select('tab-alerts', true) } }, 'Manage alerts'));

    fill(this.panel, h('h2', { class: 'panel-title' }, 'Settings'), privacyForm, notifications,
      this.app.admin ? this.app.announcements.form() : null);
  }
}
