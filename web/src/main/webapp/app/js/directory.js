// The directory: type-ahead people search with paging, business cards and the org chart
// (report-to chain, direct reports, same manager), against docs/directory.md.

import { get, enc } from './api.js';
import { h, fill, debounce, $ } from './dom.js';
import { icon, presenceOf, statusLabel, onPresence, updatePresence } from './people.js';

export class DirectoryScreen {
  constructor(app, panel) {
    this.app = app;
    this.panel = panel;
    this.query = h('input', { id: 'directory-q', type: 'search', placeholder: 'Name, mail, phone or department',
      'aria-label': 'Search the directory', autocomplete: 'off', 'aria-controls': 'directory-results' });
    this.results = h('ul', { id: 'directory-results', class: 'people results', 'aria-label': 'People found' });
    this.summary = h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite' });
    this.moreButton = h('button', { type: 'button', class: 'link', hidden: true, on: { click: () => this.search(true) } }, 'More results');
    this.chart = h('div', { id: 'org-chart', class: 'org-chart' });
    const form = h('form', { role: 'search', class: 'inline-form', on: { submit: (e) => { e.preventDefault(); this.search(); } } },
      this.query, h('button', { type: 'submit', class: 'primary' }, 'Search'));
    fill(panel, h('h2', { class: 'panel-title' }, 'Directory'), form, this.summary, this.results, this.moreButton, this.chart);
    this.query.addEventListener('input', debounce(() => this.search(), 250));
    this.dialog = $('#card-dialog');
    this.dialog.addEventListener('close', () => this.returnFocus?.focus(), { signal: app.signal });
    onPresence((user) => this.refreshIcons(user));
  }

  async search(more = false) {
    const q = this.query.value.trim();
    if (!q) { fill(this.results); this.summary.textContent = ''; this.moreButton.hidden = true; return; }
    const asked = q;
    try {
      const page = await get(`/people?q=${enc(q)}&limit=20${more && this.next ? `&cursor=${enc(this.next)}` : ''}`);
      if (asked !== this.query.value.trim() || this.app.stopped) return;
      if (!more) fill(this.results);
      page.people.forEach((p) => this.results.append(this.row(p)));
      this.next = page.next;
      this.moreButton.hidden = !page.next;
      const n = this.results.children.length;
      this.summary.textContent = n ? `${n} ${n === 1 ? 'person' : 'people'}${page.truncated ? ' (refine the search for more)' : ''}` : 'Nobody found';
    } catch (e) {
      this.summary.textContent = e.message;
    }
  }

  row(person) {
    if (person.presence) updatePresence(person.presence);
    this.app.watch([person.uid]);
    return h('li', { class: 'person', dataset: { user: person.uid } },
      icon(presenceOf(person.uid).status),
      h('span', { class: 'who' },
        h('button', { type: 'button', class: 'link name', on: { click: (e) => this.card(person.uid, e.currentTarget) } }, person.displayName || person.uid),
        h('span', { class: 'muted small' }, [person.title, person.department].filter(Boolean).join(', '))),
      h('span', { class: 'actions' },
        h('button', { type: 'button', class: 'small', 'aria-label': `Chat with ${person.displayName}`, on: { click: () => this.app.chats.openWith(person.uid) } }, 'Chat'),
        h('button', { type: 'button', class: 'small', 'aria-label': `Org chart of ${person.displayName}`, on: { click: () => this.orgChart(person.uid) } }, 'Org chart')));
  }

  refreshIcons(user) {
    document.querySelectorAll(`#panel-directory [data-user="${CSS.escape(user)}"] > .presence, #card-dialog [data-user="${CSS.escape(user)}"] .presence`)
      .forEach((el) => icon(presenceOf(user).status, el));
    const line = document.querySelector(`#card-dialog [data-user="${CSS.escape(user)}"] .card-status`);
    if (line) line.textContent = this.statusText(user);
  }

  statusText(user) {
    const p = presenceOf(user);
    return p.message ? `${statusLabel(p.status)} — ${p.message}` : statusLabel(p.status);
  }

  /**
   * Opens a person's business card in a modal dialog; `calling` (the widget's Call) puts the focus
   * on the card's Call button. Calls go through Parley (the person, or one of their numbers); the
   * numbers themselves are also tel: links the device dials.
   */
  async card(uid, from = document.activeElement, calling = false) {
    this.returnFocus = from;
    let c;
    try {
      c = await get(`/people/${enc(uid)}`);
    } catch (e) {
      this.app.notices.show(e.message, 'error');
      return;
    }
    if (this.app.stopped) return;
    if (c.presence) updatePresence(c.presence);
    this.app.watch([uid]);
    const row = (label, value, href) => value ? h('div', { class: 'field' }, h('dt', {}, label), h('dd', {}, href ? h('a', { href }, value) : value)) : null;
    const local = c.localTime ? new Date(c.localTime.time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', timeZone: c.localTime.timeZone }) : '';
    const p = presenceOf(uid);
    const calls = [['office', c.telephoneNumber], ['mobile', c.mobile]].filter(([, n]) => telUri(n));
    fill(this.dialog, h('article', { class: 'business-card', dataset: { user: uid } },
      h('header', {},
        c.photo ? h('img', { class: 'photo', src: c.photo, alt: '' }) : h('span', { class: 'photo initials', 'aria-hidden': 'true' }, initials(c.displayName || uid)),
        h('div', {},
          h('h2', { id: 'card-title' }, c.displayName || uid),
          h('p', { class: 'muted' }, [c.title, c.department].filter(Boolean).join(' · ')),
          h('p', { class: 'presence-line' }, icon(p.status), ' ', h('span', { class: 'card-status' }, this.statusText(uid))))),
      h('dl', {},
        row('Mail', c.mail, c.mail ? `mailto:${c.mail}` : null),
        row('Phone', c.telephoneNumber, telUri(c.telephoneNumber)),
        row('Mobile', c.mobile, telUri(c.mobile)),
        row('Office', c.office),
        row('Location', p.location),
        row('Local time', local ? `${local} (${c.localTime.timeZone})` : ''),
        row('Manager', c.manager ? c.manager.displayName : ''),
        row('Direct reports', c.directReports ? String(c.directReports) : '')),
      uid === this.app.me ? null : this.callActions(uid, c.displayName || uid, calls),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', on: { click: () => { this.dialog.close(); this.app.chats.openWith(uid); } } }, 'Chat'),
        h('button', { type: 'button', on: { click: () => { this.dialog.close(); this.app.tabs.select('tab-directory'); this.orgChart(uid); } } }, 'Org chart'),
        h('button', { type: 'button', class: 'small link', on: { click: () => { this.app.alerts.add(uid, 'available'); } } }, 'Alert me when available'),
        h('button', { type: 'button', id: 'card-close', on: { click: () => this.dialog.close() } }, 'Close'))));
    this.dialog.showModal();
    (calling && this.dialog.querySelector('.call-start') || $('#card-close')).focus();
  }

  /** The card's calls through Parley: the person, each of their numbers, and "Call me at…". */
  callActions(uid, name, numbers) {
    const error = h('p', { id: 'card-call-error', class: 'error', role: 'alert' });
    // Placed: the card closes, so the call banner (and its Hang up) can be reached; refused: the card says why.
    const calls = this.app.calls;
    const placed = (problem) => {
      error.textContent = problem;
      if (problem || !this.dialog.open) return;
      this.returnFocus = calls.list.lastElementChild?.querySelector('button') || this.returnFocus;
      this.dialog.close();
    };
    return h('div', { class: 'call-actions' },
      h('div', { class: 'row', role: 'group', 'aria-label': `Call ${name}` },
        calls.button(uid, `Call ${name}`, placed, `Call ${name}`),
        numbers.map(([label, number]) => calls.button(number, `Call ${label} ${number}`, placed, `Call ${label} ${number}`)),
        calls.callMeAt(uid, name, placed)),
      numbers.length ? null : h('p', { class: 'muted small no-phone' }, 'No phone number in the directory.'),
      error);
  }

  /** The org chart around a person: the chain to the top, them, their peers and reports. */
  async orgChart(uid) {
    fill(this.chart, h('p', { class: 'muted' }, 'Loading the org chart…'));
    try {
      const [card, chain, reports, peers] = await Promise.all([
        get(`/people/${enc(uid)}`), get(`/people/${enc(uid)}/chain`),
        get(`/people/${enc(uid)}/reports?limit=100`), get(`/people/${enc(uid)}/peers?limit=100`)]);
      const node = (p, current = false) => {
        this.app.watch([p.uid]);
        if (p.presence) updatePresence(p.presence);
        return h('li', { dataset: { user: p.uid }, class: current ? 'current' : null },
          icon(presenceOf(p.uid).status), ' ',
          h('button', { type: 'button', class: 'link', 'aria-current': current ? 'true' : null, on: { click: (e) => this.card(p.uid, e.currentTarget) } }, p.displayName || p.uid),
          h('span', { class: 'muted small' }, p.title ? ` ${p.title}` : ''));
      };
      fill(this.chart,
        h('h3', { id: 'org-title' }, `Org chart: ${card.displayName}`),
        h('section', { 'aria-label': 'Reports to' }, h('h4', {}, 'Reports to'),
          chain.people.length ? h('ol', { class: 'chain' }, [...chain.people].reverse().map((p) => node(p))) : h('p', { class: 'muted' }, 'Top of the organization')),
        h('ul', { class: 'chain self' }, node(card, true)),
        h('section', { 'aria-label': 'Direct reports' }, h('h4', {}, `Direct reports (${reports.people.length})`), h('ul', { class: 'org-list' }, reports.people.map((p) => node(p)))),
        h('section', { 'aria-label': 'Same manager' }, h('h4', {}, `Same manager (${peers.people.length})`), h('ul', { class: 'org-list' }, peers.people.map((p) => node(p)))));
      $('#org-title').scrollIntoView({ block: 'nearest' });
    } catch (e) {
      fill(this.chart, h('p', { class: 'error' }, e.message));
    }
  }
}

/** A tel: URI for a directory phone number (digits and a leading +), or null when it is none. */
export function telUri(number) {
  if (!number || !/^\+?[0-9][0-9 ()./-]{2,30}$/.test(number.trim())) return null;
  return `tel:${number.trim().replace(/[^+0-9]/g, '')}`;
}

function initials(name) {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}
