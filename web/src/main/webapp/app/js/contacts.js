// The contact list: groups with online/total counts, people with live presence icons, and the
// changes (add, remove, groups) made against the list's version (If-Match).

import { call, enc } from './api.js';
import { h, fill } from './dom.js';
import { onPresence, presenceOf, nameOf, icon, statusLabel } from './people.js';

const ONLINE = new Set(['available', 'away', 'dnd', 'in-meeting', 'on-the-phone']);

export class Contacts {
  constructor(app, panel) {
    this.app = app;
    this.panel = panel;
    this.list = { groups: [] };
    this.version = null;
    this.collapsed = new Set();
    this.render();
    onPresence(() => this.scheduleRender());
  }

  async load() {
    const answer = await call('GET', '/contacts');
    this.accept(answer);
  }

  /** The list changed on another device (or by this one): read it again when the version is newer. */
  changed(version) {
    if (this.version !== `"${version}"` && (this.list.version ?? -1) < version) this.load();
  }

  accept(answer) {
    if (this.app.stopped) return; // an answer for someone who has signed out since
    this.list = answer.body;
    this.version = answer.headers.get('ETag') || `"${answer.body.version}"`;
    const users = new Set();
    this.list.groups.forEach((g) => g.contacts.forEach((c) => users.add(c.user)));
    this.app.watch([...users]);
    this.render();
  }

  /** A change against the list's version; on 409 (changed elsewhere) reads the list and tries once more. */
  async change(method, path, body) {
    for (let attempt = 0; ; attempt++) {
      try {
        this.accept(await call(method, `/contacts${path}`, body, { headers: { 'If-Match': this.version } }));
        return true;
      } catch (e) {
        if (e.status === 409 && attempt === 0 && /changed/i.test(e.message)) {
          await this.load();
          continue;
        }
        this.say(e.message);
        return false;
      }
    }
  }

  say(text) {
    this.panel.querySelector('#contacts-error').textContent = text;
  }

  scheduleRender() {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => { this.pending = null; this.renderGroups(); });
  }

  render() {
    const groupChoices = () => this.list.groups.filter((g) => g.type === 'private')
      .map((g) => h('option', { value: g.id }, g.name));
    this.groupSelect = h('select', { id: 'add-contact-group', 'aria-label': 'Group' }, groupChoices());
    const userField = h('input', { id: 'add-contact-user', placeholder: 'User id, e.g. bob', autocapitalize: 'none',
      spellcheck: 'false', 'aria-label': 'Person to add (user id)', required: true });
    const addContact = h('form', { class: 'inline-form', 'aria-label': 'Add a contact', on: { submit: async (e) => {
      e.preventDefault();
      const user = userField.value.trim();
      if (!user) return;
      let group = this.groupSelect.value;
      if (!group) {
        if (!await this.change('POST', '/groups', { name: 'Contacts' })) return;
        group = this.list.groups.find((g) => g.type === 'private').id;
      }
      if (await this.change('POST', `/groups/${enc(group)}/contacts`, { user })) {
        userField.value = '';
        this.say('');
      }
    } } }, userField, this.groupSelect, h('button', { type: 'submit', id: 'add-contact-submit', class: 'primary' }, 'Add contact'));

    const groupField = h('input', { id: 'new-group-name', placeholder: 'New group', 'aria-label': 'New group name', maxlength: 64 });
    const addGroup = h('form', { class: 'inline-form', 'aria-label': 'Add a group', on: { submit: async (e) => {
      e.preventDefault();
      const name = groupField.value.trim();
      if (name && await this.change('POST', '/groups', { name })) groupField.value = '';
    } } }, groupField, h('button', { type: 'submit' }, 'Add group'));

    const publicField = h('input', { id: 'public-group-name', placeholder: 'Directory group, e.g. engineering', 'aria-label': 'Directory group name' });
    const addPublic = h('form', { class: 'inline-form', 'aria-label': 'Add a directory group', on: { submit: async (e) => {
      e.preventDefault();
      const name = publicField.value.trim();
      if (name && await this.change('POST', '/public-groups', { name })) publicField.value = '';
    } } }, publicField, h('button', { type: 'submit' }, 'Add directory group'));

    this.groupsEl = h('div', { id: 'contact-groups', class: 'groups' });
    fill(this.panel,
      h('h2', { class: 'panel-title' }, 'Contacts'),
      h('div', { class: 'toolbar' }, addContact, addGroup, addPublic),
      h('p', { id: 'contacts-error', class: 'error', role: 'alert' }),
      this.groupsEl);
    this.renderGroups();
  }

  renderGroups() {
    if (!this.groupsEl) return;
    if (this.groupSelect) {
      const chosen = this.groupSelect.value;
      fill(this.groupSelect, this.list.groups.filter((g) => g.type === 'private').map((g) => h('option', { value: g.id }, g.name)));
      if (chosen) this.groupSelect.value = chosen;
    }
    if (!this.list.groups.length) {
      fill(this.groupsEl, h('p', { class: 'muted' }, 'Your list is empty. Add a colleague by user id, or find people in the Directory.'));
      return;
    }
    // Re-rendering keeps the keyboard focus where it was (same control of the same person or group).
    const focused = this.groupsEl.contains(document.activeElement) ? document.activeElement.getAttribute('aria-label') : null;
    fill(this.groupsEl, this.list.groups.map((g) => this.group(g)));
    if (focused) {
      const again = [...this.groupsEl.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === focused);
      if (again) again.focus();
    }
  }

  group(g) {
    const online = g.contacts.filter((c) => ONLINE.has(presenceOf(c.user).status)).length;
    const open = !this.collapsed.has(g.id);
    const listId = `group-${g.id}`;
    const toggle = h('button', { type: 'button', class: 'group-toggle', 'aria-expanded': String(open), 'aria-controls': listId,
      'aria-label': `${g.name}, ${online} of ${g.contacts.length} online`,
      on: { click: () => { open ? this.collapsed.add(g.id) : this.collapsed.delete(g.id); this.renderGroups(); } } },
    h('span', { class: 'chevron', 'aria-hidden': 'true' }, open ? '▾' : '▸'),
    h('span', { class: 'group-name' }, g.name), ' ',
    h('span', { class: 'count', dataset: { group: g.name } }, `(${online}/${g.contacts.length})`),
    g.type === 'public' ? h('span', { class: 'tag' }, 'directory') : null);
    const remove = h('button', { type: 'button', class: 'link small', 'aria-label': `Remove group ${g.name}`,
      on: { click: () => this.change('DELETE', `/groups/${enc(g.id)}`) } }, 'Remove group');
    const people = [...g.contacts].sort((a, b) => Number(b.primary) - Number(a.primary));
    return h('section', { class: 'group', 'aria-label': g.name },
      h('h3', { class: 'group-head' }, toggle, remove),
      h('ul', { id: listId, class: 'people', hidden: !open }, people.map((c) => this.person(c, g))));
  }

  person(c, g) {
    const p = presenceOf(c.user);
    const name = c.nickname || c.name || nameOf(c.user);
    const actions = [
      h('button', { type: 'button', class: 'small', 'aria-label': `Chat with ${name}`,
        on: { click: () => this.app.chats.openWith(c.user) } }, 'Chat'),
      this.app.calls.button(c.user, `Call ${name}`),
      h('button', { type: 'button', class: 'small', 'aria-label': `Business card of ${name}`,
        on: { click: () => this.app.directory.card(c.user) } }, 'Card'),
    ];
    if (g.type === 'private') {
      actions.push(h('button', { type: 'button', class: 'small link', 'aria-label': `Remove ${name} from ${g.name}`,
        on: { click: () => this.change('DELETE', `/groups/${enc(g.id)}/contacts/${enc(c.user)}`) } }, 'Remove'));
    }
    return h('li', { class: 'person', dataset: { user: c.user, status: p.status } },
      icon(p.status),
      h('span', { class: 'who' },
        h('span', { class: 'name' }, name, c.primary ? h('span', { class: 'star', 'aria-label': 'primary contact' }, ' ★') : null),
        h('span', { class: 'status-line muted small' }, p.message ? `${statusLabel(p.status)} — ${p.message}` : statusLabel(p.status))),
      h('span', { class: 'actions' }, actions));
  }
}
