// Parley Links: live presence on any page of an allowed site. Add
//   <script src="https://parley.example.com/links/links.js" defer></script>
// and mark people: <span data-parley-person="carol">Carol Chen</span>.
// Every mark gets a presence icon and a menu with Chat and Call. Nothing the page passes in is
// ever parsed as HTML: ids are checked against the user-id syntax, all text goes in as text.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || window.parleyLinks) return;
  const base = new URL(script.src).origin;
  const socketBase = base.replace(/^http/, 'ws');
  const givenToken = script.dataset.token || null;
  const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
  const PHONE = /^\+?[0-9][0-9 ()./-]{2,30}$/;
  const LABELS = { available: 'Available', away: 'Away', dnd: 'Do not disturb', 'in-meeting': 'In a meeting',
    'on-the-phone': 'On the phone', offline: 'Offline' };
  const marks = new Map();      // user -> Set of decorated elements
  const presence = new Map();   // user -> last presence
  let socket = null;
  let delay = 1000;
  let pinger = null;
  let state = 'connecting';

  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${base}/links/links.css`;
  document.head.append(css);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) if (c) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return e;
  }

  function statusText(user) {
    const p = presence.get(user);
    if (state === 'signed-out') return 'Sign in to Parley to see presence';
    if (!p) return 'Presence unknown';
    const label = LABELS[p.status] || 'Offline';
    return p.message ? `${label} — ${p.message}` : label;
  }

  function decorate(node) {
    if (node.dataset.parleyDecorated) return;
    const user = (node.dataset.parleyPerson || '').trim();
    if (!USER_ID.test(user)) return; // not a user id: leave the page's element alone
    node.dataset.parleyDecorated = 'true';
    const name = node.textContent.trim() || user;
    node.dataset.parleyName = name;
    const dot = el('span', { class: 'parley-dot', 'data-status': 'unknown', 'aria-hidden': 'true' });
    const button = el('button', { type: 'button', class: 'parley-link', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      'aria-label': `${name}: presence unknown. Chat or call` }, dot);
    button.addEventListener('click', (e) => { e.preventDefault(); e.stopPropagation(); toggleMenu(node, button, user, name); });
    node.prepend(button);
    if (!marks.has(user)) marks.set(user, new Set());
    marks.get(user).add(node);
    refresh(user);
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'watch', users: [user] }));
  }

  function refresh(user) {
    const p = presence.get(user);
    const status = state === 'signed-out' ? 'unknown' : (p ? p.status : 'unknown');
    for (const node of marks.get(user) || []) {
      const button = node.querySelector(':scope > .parley-link');
      button.querySelector('.parley-dot').dataset.status = status;
      button.title = statusText(user);
      button.setAttribute('aria-label', `${node.dataset.parleyName}: ${statusText(user)}. Chat or call`);
      node.dataset.parleyStatus = status;
      const open = node.querySelector('.parley-menu .parley-status');
      if (open) open.textContent = statusText(user);
    }
  }

  function closeMenus(except) {
    document.querySelectorAll('.parley-menu').forEach((m) => {
      if (m === except) return;
      m.parentElement.querySelector(':scope > .parley-link')?.setAttribute('aria-expanded', 'false');
      m.remove();
    });
  }

  function toggleMenu(node, button, user, name) {
    const existing = node.querySelector(':scope > .parley-menu');
    closeMenus();
    if (existing) { button.focus(); return; }
    const item = (label, action) => {
      const b = el('button', { type: 'button', role: 'menuitem', class: 'parley-item' }, label);
      b.addEventListener('click', (e) => { e.preventDefault(); e.stopPropagation(); closeMenus(); action(); });
      return b;
    };
    // Call: a real tel: link (the device's phone or softphone dials it) when the page gives the
    // number. "Call with Parley…" opens the person's card in the web client with the focus on its
    // Call button: the widget's token only opens the WebSocket (ADR 0007), so the call itself is
    // placed by the user's click in Parley's own page, with their session.
    const phone = (node.dataset.parleyPhone || '').trim();
    const dial = () => {
      if (!PHONE.test(phone)) return null;
      const a = el('a', { role: 'menuitem', class: 'parley-item', href: `tel:${phone.replace(/[^+0-9]/g, '')}` }, `Call ${phone}`);
      a.addEventListener('click', (e) => { e.stopPropagation(); closeMenus(); });
      return a;
    };
    const menu = el('span', { class: 'parley-menu', role: 'menu', 'aria-label': `Parley: ${name}` },
      el('span', { class: 'parley-name' }, name),
      el('span', { class: 'parley-status' }, statusText(user)),
      item('Chat', () => window.open(`${base}/app/#chat=${encodeURIComponent(user)}`, 'parley')),
      dial(),
      item('Call with Parley…', () => window.open(`${base}/app/#call=${encodeURIComponent(user)}`, 'parley')),
      state === 'signed-out' ? item('Sign in to Parley', () => window.open(`${base}/app/`, 'parley')) : null);
    menu.addEventListener('keydown', (e) => {
      const items = [...menu.querySelectorAll('.parley-item')];
      const i = items.indexOf(document.activeElement);
      if (e.key === 'Escape') { e.preventDefault(); closeMenus(); button.focus(); }
      if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
    });
    node.append(menu);
    button.setAttribute('aria-expanded', 'true');
    menu.querySelector('.parley-item').focus();
  }

  function scan(root) {
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    if (root.matches('[data-parley-person]')) decorate(root);
    root.querySelectorAll('[data-parley-person]').forEach(decorate);
  }

  async function token() {
    if (givenToken) return givenToken;
    const response = await fetch(`${base}/links/token`, { credentials: 'include', cache: 'no-store' });
    if (response.status === 401) return null;
    if (!response.ok) throw new Error(`token: HTTP ${response.status}`);
    return (await response.json()).token;
  }

  function setState(s) {
    state = s;
    document.documentElement.dataset.parleyLinks = s;
    marks.forEach((_, user) => refresh(user));
  }

  async function connect() {
    let t;
    try {
      t = await token();
    } catch (e) {
      return retry();
    }
    if (!t) { setState('signed-out'); return retry(30000); }
    socket = new WebSocket(`${socketBase}/ws/v1?token=${encodeURIComponent(t)}`);
    socket.addEventListener('message', (e) => {
      let m;
      try { m = JSON.parse(e.data); } catch (err) { return; }
      if (m.type === 'hello') {
        delay = 1000;
        setState('live');
        const users = [...marks.keys()];
        for (let i = 0; i < users.length; i += 500) socket.send(JSON.stringify({ type: 'watch', users: users.slice(i, i + 500) }));
        clearInterval(pinger);
        const every = Math.min(25000, Math.max(1000, (m.idleTimeoutSeconds || 90) * 1000 / 3));
        pinger = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send('{"type":"ping"}'), every);
      } else if (m.type === 'presence' && typeof m.user === 'string') {
        const old = presence.get(m.user);
        if (!old || !(m.revision < old.revision)) presence.set(m.user, m);
        refresh(m.user);
      }
    });
    socket.addEventListener('close', () => { clearInterval(pinger); if (state === 'live') setState('reconnecting'); retry(); });
  }

  function retry(after) {
    setTimeout(connect, after || delay);
    delay = Math.min(delay * 2, 30000);
  }

  function start() {
    scan(document.body);
    new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach(scan)))
      .observe(document.body, { childList: true, subtree: true });
    document.addEventListener('click', () => closeMenus());
    connect();
  }

  window.parleyLinks = { version: 1 };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
