// Chats: the conversation list and one open conversation with history, live messages, typing,
// receipts, rich text, files and pasted images, and inviting others.

import { get, post, put, call, enc } from './api.js';
import { h, fill, when, bytes } from './dom.js';
import { nameOf, loadName, onPresence, presenceOf, icon } from './people.js';
import { richText, emoticons } from './richtext.js';
import { Composer } from './composer.js';

const PAGE = 50;

export class Chats {
  constructor(app, panel) {
    this.app = app;
    this.panel = panel;
    this.conversations = new Map();
    this.openId = null;
    this.pending = new Map(); // clientId -> {conversation, body}
    this.listEl = h('ul', { id: 'conversation-list', class: 'conversations', 'aria-label': 'Conversations' });
    this.viewEl = h('div', { id: 'chat-view', class: 'chat-view' },
      h('p', { class: 'muted empty' }, 'Pick a conversation, or start one from your contacts.'));
    fill(panel, h('div', { class: 'chat-layout' },
      h('div', { class: 'chat-list' }, h('h2', { class: 'panel-title' }, 'Chats'), this.newGroupForm(), this.listEl),
      this.viewEl));
    const live = app.live;
    live.addEventListener('message', (e) => this.onMessage(e.detail));
    live.addEventListener('sent', (e) => this.onSent(e.detail));
    live.addEventListener('typing', (e) => this.onTyping(e.detail));
    live.addEventListener('receipt', (e) => this.onReceipt(e.detail));
    live.addEventListener('membership', (e) => this.onMembership(e.detail));
    live.addEventListener('synced', (e) => this.onSynced(e.detail));
    live.addEventListener('error', (e) => this.onError(e.detail));
    app.tabs.onSelect((id) => { if (id === 'tab-chats') this.markRead(); });
    document.addEventListener('visibilitychange', () => this.markRead(), { signal: app.signal });
    onPresence(() => this.renderList());
  }

  async load() {
    const answer = await get('/conversations');
    if (this.app.stopped) return;
    for (const c of answer.conversations) this.remember(c);
    this.renderList();
  }

  /** Where the client is in each conversation, for catching up after a reconnection. */
  syncPoints() {
    const points = {};
    for (const c of this.conversations.values()) if (c.loaded) points[c.id] = c.haveSeq;
    return points;
  }

  remember(view) {
    let c = this.conversations.get(view.id);
    if (!c) {
      c = { id: view.id, messages: new Map(), loaded: false, haveSeq: 0, more: false, typing: new Set(), delivered: 0, read: 0, unread: 0 };
      this.conversations.set(view.id, c);
    }
    Object.assign(c, { kind: view.kind, title: view.title, members: view.members, lastSeq: Math.max(c.lastSeq || 0, view.lastSeq || 0) });
    if (view.readSeq !== undefined) c.unread = Math.max(0, (view.lastSeq || 0) - view.readSeq);
    this.app.watch(view.members);
    return c;
  }

  titleOf(c) {
    if (c.kind === 'direct') {
      const other = c.members.find((m) => m !== this.app.me) || this.app.me;
      return nameOf(other);
    }
    return c.title || 'Group chat';
  }

  otherOf(c) {
    return c.kind === 'direct' ? c.members.find((m) => m !== this.app.me) : null;
  }

  async openWith(user) {
    try {
      const view = await put(`/conversations/direct/${enc(user)}`);
      await this.open(this.remember(view).id);
    } catch (e) {
      this.app.notices.show(e.message, 'error');
    }
  }

  async open(id) {
    this.app.tabs.select('tab-chats');
    this.openId = id;
    const c = this.conversations.get(id);
    if (!c.loaded) await this.loadHistory(c);
    this.renderList();
    this.renderView();
    this.markRead();
    this.composer.focus();
  }

  async loadHistory(c, before = 0) {
    const page = await get(`/conversations/${enc(c.id)}/messages?limit=${PAGE}${before ? `&before=${before}` : ''}`);
    for (const m of page.messages) this.store(c, m);
    c.more = page.more;
    if (!c.loaded) {
      c.loaded = true;
      c.haveSeq = Math.max(c.haveSeq, ...page.messages.map((m) => m.seq), 0);
    }
  }

  store(c, m) {
    c.messages.set(m.seq, m);
    c.lastSeq = Math.max(c.lastSeq || 0, m.seq);
    loadName(m.sender);
  }

  onMessage(m) {
    let c = this.conversations.get(m.conversation);
    if (!c) {
      get(`/conversations/${enc(m.conversation)}`).then((view) => { this.remember(view); this.onMessage(m); });
      return;
    }
    const fresh = !c.messages.has(m.seq);
    this.store(c, m);
    if (c.loaded) c.haveSeq = Math.max(c.haveSeq, m.seq);
    if (m.clientId) this.pending.delete(m.clientId);
    c.typing.delete(m.sender);
    if (fresh && m.sender !== this.app.me) {
      if (this.isShowing(c)) this.markRead();
      else {
        c.unread += 1;
        this.app.notices.notify(nameOf(m.sender), m.file ? `sent ${m.file.name}` : m.text.slice(0, 120));
      }
    }
    this.renderList();
    if (c.id === this.openId) this.renderMessages();
  }

  onSent(s) {
    this.pending.delete(s.clientId);
    if (s.conversation === this.openId) this.renderMessages();
  }

  onSynced(s) {
    for (const [id, state] of Object.entries(s.conversations || {})) {
      const c = this.conversations.get(id);
      if (c && state.more) this.app.live.send({ type: 'sync', conversations: { [id]: state.lastSeq } });
    }
    this.load();
  }

  onTyping(t) {
    const c = this.conversations.get(t.conversation);
    if (!c) return;
    if (t.typing) c.typing.add(t.user); else c.typing.delete(t.user);
    if (c.id === this.openId) this.renderTyping(c);
  }

  onReceipt(r) {
    const c = this.conversations.get(r.conversation);
    if (!c || r.user === this.app.me) return;
    if (r.kind === 'read') c.read = Math.max(c.read, r.seq);
    c.delivered = Math.max(c.delivered, r.seq);
    if (c.id === this.openId) this.renderMessages();
  }

  onMembership(m) {
    const c = this.remember({ id: m.conversation, kind: 'group', title: m.title, members: m.members });
    if (m.action === 'left' && m.users.includes(this.app.me)) {
      this.conversations.delete(c.id);
      if (this.openId === c.id) { this.openId = null; this.renderView(); }
    } else if (m.by !== this.app.me) {
      this.app.notices.show(m.action === 'created' || m.users.includes(this.app.me)
        ? `${nameOf(m.by)} invited you to “${m.title}”`
        : `${m.users.map(nameOf).join(', ')} joined “${m.title}”`);
    }
    this.renderList();
    if (c.id === this.openId) this.renderView();
  }

  onError(e) {
    if (!e.conversation && !e.clientId) return;
    const p = e.problem || {};
    const text = p.type && p.type.endsWith('/recipient-dnd')
      ? 'Not sent: they are on Do Not Disturb.'
      : `Not sent: ${p.detail || p.title}`;
    if (e.clientId) this.pending.delete(e.clientId);
    if (this.openId && (!e.conversation || e.conversation === this.openId)) {
      this.viewEl.querySelector('#chat-error').textContent = text;
      this.renderMessages();
    } else {
      this.app.notices.show(text, 'error');
    }
  }

  isShowing(c) {
    return c.id === this.openId && !document.hidden && this.app.tabs.selected() === 'tab-chats';
  }

  markRead() {
    const c = this.conversations.get(this.openId);
    if (!c || !this.isShowing(c) || !c.lastSeq) return;
    if (c.readSent !== c.lastSeq) {
      c.readSent = c.lastSeq;
      this.app.live.send({ type: 'read', conversation: c.id, seq: c.lastSeq });
    }
    c.unread = 0;
    this.renderList();
  }

  send(body, format = 'html') {
    const c = this.conversations.get(this.openId);
    const clientId = crypto.randomUUID();
    this.pending.set(clientId, { conversation: c.id, body });
    this.viewEl.querySelector('#chat-error').textContent = '';
    this.app.live.send({ type: 'send', conversation: c.id, body, format, clientId });
    this.app.live.send({ type: 'typing', conversation: c.id, typing: false });
    this.renderMessages();
  }

  async upload(file) {
    const c = this.conversations.get(this.openId);
    const status = this.viewEl.querySelector('#chat-error');
    status.textContent = `Sending ${file.name}…`;
    try {
      await call('POST', `/conversations/${enc(c.id)}/files?name=${enc(file.name || 'pasted.png')}`, file);
      status.textContent = '';
    } catch (e) {
      status.textContent = `${file.name || 'The file'} was not sent: ${e.message}`;
    }
  }

  typing(isTyping) {
    if (this.openId) this.app.live.send({ type: 'typing', conversation: this.openId, typing: isTyping });
  }

  // --- rendering ---

  newGroupForm() {
    const title = h('input', { id: 'group-title', placeholder: 'Group chat title', 'aria-label': 'Group chat title', maxlength: 128 });
    const members = h('input', { id: 'group-members', placeholder: 'User ids, comma-separated', 'aria-label': 'Members (user ids, comma-separated)' });
    const error = h('p', { class: 'error', role: 'alert' });
    return h('details', { class: 'new-group' }, h('summary', {}, 'New group chat'),
      h('form', { class: 'stack', on: { submit: async (e) => {
        e.preventDefault();
        const users = members.value.split(/[\s,;]+/).filter(Boolean);
        try {
          const view = await post('/conversations', { title: title.value.trim(), members: users });
          title.value = ''; members.value = ''; error.textContent = '';
          await this.open(this.remember(view).id);
        } catch (err) { error.textContent = err.message; }
      } } }, title, members, error, h('button', { type: 'submit', class: 'primary' }, 'Start group chat')));
  }

  renderList() {
    if (this.app.stopped) return;
    const items = [...this.conversations.values()].sort((a, b) => (b.lastActivity || 0) - (a.lastActivity || 0));
    let unread = 0;
    fill(this.listEl, items.map((c) => {
      unread += c.unread;
      const other = this.otherOf(c);
      return h('li', {},
        h('button', { type: 'button', class: 'conversation', 'aria-current': c.id === this.openId ? 'true' : null,
          dataset: other ? { conversation: c.id, with: other } : { conversation: c.id }, on: { click: () => this.open(c.id) } },
        other ? icon(presenceOf(other).status) : h('span', { class: 'group-icon', 'aria-hidden': 'true' }, '#'),
        h('span', { class: 'name' }, this.titleOf(c)),
        c.unread ? h('span', { class: 'badge', 'aria-label': `${c.unread} unread` }, String(c.unread)) : null));
    }));
    const badge = document.getElementById('unread');
    badge.hidden = unread === 0;
    badge.textContent = String(unread);
    badge.setAttribute('aria-label', `${unread} unread`);
  }

  renderView() {
    if (this.app.stopped) return;
    const c = this.conversations.get(this.openId);
    if (!c) {
      this.viewEl.classList.remove('open');
      this.messagesEl = null;
      fill(this.viewEl, h('p', { class: 'muted empty' }, 'Pick a conversation, or start one from your contacts.'));
      return;
    }
    const other = this.otherOf(c);
    // A list (its items stay list items for screen readers) that is also a polite live region, as a log is.
    this.messagesEl = h('ol', { id: 'messages', class: 'messages', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': `Messages with ${this.titleOf(c)}` });
    this.typingEl = h('p', { id: 'typing', class: 'typing muted small', 'aria-live': 'polite' });
    this.composer = new Composer(this);
    const members = c.kind === 'group' ? h('p', { class: 'muted small members' }, `Members: ${c.members.map(nameOf).join(', ')}`) : null;
    fill(this.viewEl,
      h('header', { class: 'chat-head' },
        h('button', { type: 'button', class: 'back', 'aria-label': 'Back to conversations', on: { click: () => { this.openId = null; this.renderView(); this.renderList(); } } }, '←'),
        other ? icon(presenceOf(other).status) : null,
        h('h2', { id: 'chat-title' }, this.titleOf(c)),
        other ? this.app.calls.button(other, `Call ${this.titleOf(c)}`) : null,
        other ? this.app.calls.callMeAt(other, this.titleOf(c)) : null,
        c.kind === 'group' ? this.app.conferences.button(c.id, this.titleOf(c), (problem) => {
          this.viewEl.querySelector('#chat-error').textContent = problem;
        }) : null,
        this.inviteForm(c),
        c.kind === 'group' ? h('button', { type: 'button', class: 'small link', on: { click: () => this.leave(c) } }, 'Leave') : null),
      members,
      c.more ? h('button', { type: 'button', class: 'link history', id: 'earlier', on: { click: () => this.earlier(c) } }, 'Show earlier messages') : null,
      this.messagesEl, this.typingEl,
      h('p', { id: 'chat-error', class: 'error', role: 'alert' }),
      this.composer.element);
    this.viewEl.classList.add('open');
    this.renderMessages();
    this.renderTyping(c);
  }

  inviteForm(c) {
    const field = h('input', { id: 'invite-users', placeholder: 'User ids', 'aria-label': 'People to invite (user ids)' });
    return h('details', { class: 'invite' }, h('summary', {}, 'Invite others'),
      h('form', { class: 'inline-form', on: { submit: async (e) => {
        e.preventDefault();
        const users = field.value.split(/[\s,;]+/).filter(Boolean);
        if (!users.length) return;
        try {
          if (c.kind === 'group') {
            this.remember(await post(`/conversations/${enc(c.id)}/members`, { users }));
            this.renderView();
          } else {
            const members = [...new Set([...c.members, ...users])].filter((u) => u !== this.app.me);
            const title = [this.app.me, ...members].map(nameOf).join(', ');
            const view = await post('/conversations', { title, members, origin: c.id });
            await this.open(this.remember(view).id);
          }
        } catch (err) { this.viewEl.querySelector('#chat-error').textContent = err.message; }
      } } }, field, h('button', { type: 'submit', class: 'small' }, 'Invite')));
  }

  async leave(c) {
    try {
      await call('DELETE', `/conversations/${enc(c.id)}/members/me`);
    } catch (e) { this.app.notices.show(e.message, 'error'); }
  }

  async earlier(c) {
    const first = Math.min(...c.messages.keys());
    await this.loadHistory(c, first);
    this.renderView();
  }

  renderMessages() {
    const c = this.conversations.get(this.openId);
    if (!c || !this.messagesEl) return;
    const list = [...c.messages.values()].sort((a, b) => a.seq - b.seq);
    const mine = list.filter((m) => m.sender === this.app.me);
    const lastMine = mine.length ? mine[mine.length - 1].seq : 0;
    const items = list.map((m) => this.message(c, m, m.seq === lastMine));
    for (const [clientId, p] of this.pending) {
      if (p.conversation === c.id && !list.some((m) => m.clientId === clientId)) {
        items.push(h('li', { class: 'message mine pending' }, h('div', { class: 'bubble' }, emoticons(richText(p.body))), h('span', { class: 'muted small' }, 'Sending…')));
      }
    }
    fill(this.messagesEl, items);
    this.messagesEl.scrollTop = this.messagesEl.scrollHeight;
    c.lastActivity = list.length ? Date.parse(list[list.length - 1].sent) : 0;
  }

  message(c, m, lastMine) {
    const mine = m.sender === this.app.me;
    const body = m.file ? this.file(c, m.file) : emoticons(richText(m.html));
    let receipt = null;
    if (mine && lastMine && c.kind === 'direct') {
      receipt = c.read >= m.seq ? 'Read' : c.delivered >= m.seq ? 'Delivered' : 'Sent';
    }
    return h('li', { class: `message${mine ? ' mine' : ''}`, dataset: { seq: String(m.seq), sender: m.sender } },
      h('div', { class: 'meta small' }, h('span', { class: 'sender' }, mine ? 'You' : nameOf(m.sender)), ' ',
        h('time', { datetime: m.sent, class: 'muted' }, when(m.sent))),
      h('div', { class: 'bubble' }, body),
      receipt ? h('span', { class: 'receipt muted small', 'aria-label': `Receipt: ${receipt}` }, receipt) : null);
  }

  file(c, f) {
    const url = `/api/v1/conversations/${enc(c.id)}/files/${enc(f.id)}`;
    const link = h('a', { href: url, download: f.name, class: 'file' }, `File: ${f.name}`, h('span', { class: 'muted small' }, ` (${bytes(f.size)})`));
    if (f.type && f.type.startsWith('image/')) {
      return h('div', { class: 'file-image' }, h('img', { src: url, alt: f.name, loading: 'lazy' }), link);
    }
    return link;
  }

  renderTyping(c) {
    if (!this.typingEl) return;
    const who = [...c.typing].filter((u) => u !== this.app.me).map(nameOf);
    this.typingEl.textContent = who.length ? `${who.join(', ')} ${who.length > 1 ? 'are' : 'is'} typing…` : '';
  }
}
