// The status menu: availability, status message, location and time zone of the signed-in user.

import { put } from './api.js';
import { $, h, fill } from './dom.js';
import { STATUSES, onPresence, icon, statusLabel } from './people.js';

export class StatusMenu {
  constructor(app) {
    this.app = app;
    this.button = $('#status-button');
    this.menu = $('#status-menu');
    this.current = { status: 'available', message: '', location: '' };
    this.timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    $('#status-tz').textContent = this.timeZone || 'unknown';
    fill($('#status-choices'), STATUSES.filter(([s]) => s !== 'offline').map(([value, label]) =>
      h('label', { class: 'choice' },
        h('input', { type: 'radio', name: 'status', value, id: `status-${value}` }),
        icon(value), ` ${label}`)));
    const signal = app.signal;
    this.button.addEventListener('click', () => (this.menu.hidden ? this.open() : this.close()), { signal });
    $('#status-cancel').addEventListener('click', () => this.close(), { signal });
    this.menu.addEventListener('submit', (e) => { e.preventDefault(); this.save(); }, { signal });
    this.menu.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.close(); }, { signal });
    onPresence((user, p) => { if (user === app.me) this.show(p); });
  }

  show(p) {
    this.current = p;
    icon(p.status, $('#my-icon')).removeAttribute('role');
    $('#my-status-text').textContent = p.message ? `${statusLabel(p.status)} — ${p.message}` : statusLabel(p.status);
  }

  open() {
    this.menu.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    const choice = this.menu.querySelector(`input[value="${this.current.status}"]`)
      || this.menu.querySelector('input[value="available"]');
    choice.checked = true;
    $('#status-message').value = this.current.message || '';
    $('#status-location').value = this.current.location || '';
    $('#status-error').textContent = '';
    choice.focus();
  }

  close() {
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.focus();
  }

  async save() {
    const status = this.menu.querySelector('input[name=status]:checked').value;
    try {
      await put('/presence/me', {
        status,
        message: $('#status-message').value.trim(),
        location: $('#status-location').value.trim(),
        timeZone: this.timeZone,
      });
      this.close();
    } catch (e) {
      $('#status-error').textContent = e.message;
    }
  }
}
