// Short notices in a polite live region, and desktop notifications when the user allowed them.

import { h } from './dom.js';

/** Each person's own choice in this browser (someone else may sign in here next). */
export const notifyKey = (user) => `parley.notifications.${user}`;

export class Notices {
  constructor(region, user) {
    this.region = region;
    this.user = user;
  }

  show(text, kind = 'info', timeout = 6000) {
    const close = h('button', { type: 'button', class: 'link', 'aria-label': 'Dismiss' }, '×');
    const toast = h('div', { class: `toast ${kind}` }, h('span', {}, text), close);
    close.addEventListener('click', () => toast.remove());
    this.region.append(toast);
    if (timeout) setTimeout(() => toast.remove(), timeout);
  }

  /** A desktop notification when enabled and the page is not in front; always a notice. */
  notify(title, body) {
    this.show(`${title}: ${body}`);
    if (localStorage.getItem(notifyKey(this.user)) === 'on' && 'Notification' in window
        && Notification.permission === 'granted' && document.hidden) {
      new Notification(title, { body });
    }
  }
}
