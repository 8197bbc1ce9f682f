// The meeting room page: one WebSocket to the room (docs/meetings-protocol.md), everything
// else drawn from the room's state and its events. The server checks every permission; the
// page only hides what the participant's role cannot use.
import { Board } from './board.js';
import { ScreenShare } from './screen.js';

const $ = (id) => document.getElementById(id);
const meetingId = new URLSearchParams(location.search).get('m') || '';
const room = { you: null, participants: new Map(), decks: new Map(), deck: '', page: 0, polls: new Map(),
  startedAt: null, clockSkew: 0, recording: '', locked: false, socket: null, csrf: '',
  audio: { version: 0, lines: new Map() } };
const board = new Board($('board'), (shape) => send({ type: 'stroke', ...shape }));
const screen = new ScreenShare((to, kind, data) => send({ type: 'signal', to, kind, data }), $('screen-video'),
  () => stopSharing());

function send(message) {
  if (room.socket && room.socket.readyState === WebSocket.OPEN) {
    room.socket.send(JSON.stringify(message));
  }
}

// Sharing starts once the server has said yes (the share event); a refusal stops the capture.
function stopSharing() {
  screen.stop();
  send({ type: 'share', on: false });
  $('share').textContent = 'Share screen';
}

function showSharer(id) {
  const p = id && room.participants.get(id);
  $('screen-info').textContent = id ? `${p ? p.name : id} is sharing the screen` : '';
}

// The number, a tel: link that dials the code too, and the code in groups of three; the SIP URI.
function showDialIn(d) {
  const parts = ['Dial in: '];
  if (d.number) {
    const link = document.createElement('a');
    link.href = `tel:${d.number.replace(/[^0-9+]/g, '')},,${d.code}#`;
    link.textContent = d.number;
    parts.push(link, `, conference code ${d.code.replace(/(\d{3})(?=\d)/g, '$1 ')}#`);
  }
  if (d.sip) {
    const sip = document.createElement('a');
    sip.id = 'dial-in-sip';
    sip.href = d.sip;
    sip.textContent = d.sip;
    parts.push(d.number ? ' or from your Parley phone: ' : 'from your Parley phone: ', sip);
  }
  $('dial-in').replaceChildren(...parts);
}

function may(permission) {
  return room.you && room.you.permissions.includes(permission);
}

function showError(problem) {
  $('errors').textContent = problem ? `${problem.title}: ${problem.detail}` : '';
}

async function api(path, options = {}) {
  // X-Requested-With: a 401 answers without a Basic challenge (no browser password prompt).
  const headers = { 'X-Requested-With': 'parley-meet', ...(options.headers || {}) };
  if (room.csrf) { headers['X-CSRF-Token'] = room.csrf; }
  return fetch(path, { credentials: 'same-origin', ...options, headers });
}

function connect(path, join) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(`${scheme}//${location.host}${path}`);
  room.socket = socket;
  socket.addEventListener('open', () => send({ type: 'join', ...join }));
  socket.addEventListener('message', (e) => handle(JSON.parse(e.data)));
  socket.addEventListener('close', (e) => {
    $('entry-status').textContent = e.code === 4410 ? 'The meeting has ended.'
      : e.code === 4403 ? `You are not in the meeting: ${e.reason}` : 'Disconnected.';
    $('entry').hidden = false;
  });
  keepAlive(5);
}

// Pings at the pace the server asks for in its state (a third of its idle timeout).
function keepAlive(seconds) {
  clearInterval(room.pinger);
  room.pinger = setInterval(() => send({ type: 'ping' }), seconds * 1000);
}

const handlers = {
  state(s) {
    room.you = s.you;
    keepAlive(s.pingSeconds || 30);
    room.startedAt = s.startedAt ? Date.parse(s.startedAt) : Date.now();
    room.clockSkew = Date.parse(s.now) - Date.now();
    room.participants = new Map(s.participants.map((p) => [p.id, p]));
    room.decks = new Map(s.decks.map((d) => [d.deck, d]));
    room.polls = new Map(s.polls.map((p) => [p.poll, p]));
    room.recording = s.recording; room.locked = s.locked;
    $('title').textContent = s.meeting.title;
    $('entry').hidden = true; $('room').hidden = false;
    $('chat').replaceChildren(); s.chat.forEach(addChat);
    board.reset(s.strokes);
    showPage(s.deck, s.page); showUrl(s.url); showSharer(s.sharing);
    (s.waiting || []).forEach((w) => addWaiting(w.id, w.name));
    room.audio = { version: 0, lines: new Map() };
    takeAudio(s.audio);
    renderAll();
    api(`/api/v1/meetings/${meetingId}`).then((r) => r.ok ? r.json() : null).then((m) => {
      if (m && m.dialIn) { showDialIn(m.dialIn); }
    });
  },
  waiting() { $('entry-status').textContent = 'Waiting for a moderator to let you in…'; },
  joined(e) {
    const known = room.participants.get(e.participant);
    room.participants.set(e.participant, { ...(known || {}), id: e.participant, name: e.name, guest: e.guest,
      role: known ? known.role : e.role, permissions: known ? known.permissions : [], present: true, hand: false });
    $(`waiting-${e.participant}`)?.remove();
    if (room.you && may('share-screen') && screen.sharing) { screen.offerTo(e.participant); }
    renderPeople();
  },
  left(e) { const p = room.participants.get(e.participant); if (p) { p.present = false; p.hand = false; } renderPeople(); },
  knocked(e) { addWaiting(e.participant, e.name); },
  admitted(e) { $(`waiting-${e.participant}`)?.remove(); },
  denied(e) { $(`waiting-${e.participant}`)?.remove(); },
  removed(e) { room.participants.delete(e.participant); renderPeople(); },
  role(e) { updateMember(e.participant, (p) => { p.role = e.role; }); },
  permission(e) {
    updateMember(e.participant, (p) => {
      p.permissions = p.permissions.filter((x) => x !== e.permission);
      if (e.allowed) { p.permissions.push(e.permission); }
    });
  },
  hand(e) { updateMember(e.participant, (p) => { p.hand = e.raised; }); },
  muted(e) { updateMember(e.participant, (p) => { p.muted = e.muted; }); },
  locked(e) { room.locked = e.locked; renderAll(); },
  recording(e) { room.recording = e.on ? e.recording : ''; renderAll(); },
  ended() { $('entry-status').textContent = 'The meeting has ended.'; },
  chat: addChat,
  deck(e) { room.decks.set(e.deck, { deck: e.deck, name: e.name, pages: e.pages }); if (!room.deck) { showPage(e.deck, 0); } },
  page(e) { showPage(e.deck, e.page); },
  url(e) { showUrl(e.url); },
  stroke(e) { board.add(e); },
  undo(e) { board.remove(e.stroke); },
  clear() { board.reset([]); },
  poll(e) { room.polls.set(e.poll, { ...e, counts: e.options.map(() => 0), closed: false, voted: false }); renderPolls(); },
  'poll-results'(e) { const p = room.polls.get(e.poll); if (p) { p.counts = e.counts; } renderPolls(); },
  'poll-closed'(e) { const p = room.polls.get(e.poll); if (p) { p.counts = e.counts; p.closed = true; } renderPolls(); },
  share(e) {
    showSharer(e.on ? e.by : '');
    if (e.on && room.you && e.by === room.you.id && screen.sharing) {
      $('share').textContent = 'Stop sharing';
      for (const p of room.participants.values()) {
        if (p.present && p.id !== room.you.id) { screen.offerTo(p.id); }
      }
    } else if (!e.on && !(room.you && e.by === room.you.id && screen.sharing)) {
      screen.stopViewing();
    }
  },
  signal(e) { screen.onSignal(e.from, e.kind, e.data); },
  audio(e) { if (takeAudio(e)) { renderAudio(); } },
  error(e) {
    if (e.about === 'share' && screen.sharing) { screen.stop(); $('share').textContent = 'Share screen'; }
    showError(e.problem);
  },
  pong() {},
};

function handle(message) {
  const handler = handlers[message.type];
  if (handler) { handler(message); }
}

function updateMember(id, change) {
  const p = room.participants.get(id);
  if (p) { change(p); }
  if (room.you && id === room.you.id && p) { room.you = p; }
  renderAll();
}

function addChat(e) {
  const li = document.createElement('li');
  const who = document.createElement('strong');
  who.textContent = `${e.name || e.by}: `;
  li.append(who, document.createTextNode(e.text));
  $('chat').append(li);
  li.scrollIntoView({ block: 'nearest' });
}

function addWaiting(id, name) {
  if ($(`waiting-${id}`)) { return; }
  const li = document.createElement('li');
  li.id = `waiting-${id}`;
  li.textContent = `${name} `;
  const admit = document.createElement('button');
  admit.type = 'button'; admit.textContent = `Admit ${name}`;
  admit.addEventListener('click', () => send({ type: 'admit', participant: id, admitted: true }));
  const deny = document.createElement('button');
  deny.type = 'button'; deny.textContent = `Turn away ${name}`;
  deny.addEventListener('click', () => send({ type: 'admit', participant: id, admitted: false }));
  li.append(admit, deny);
  $('waiting').append(li);
  $('waiting-box').hidden = false;
}

function showPage(deck, page) {
  room.deck = deck; room.page = page;
  const d = room.decks.get(deck);
  const img = $('slide');
  if (d && page > 0) {
    img.src = `/meetings-media/${deck}/${page}.png`;
    img.alt = `${d.name}, page ${page} of ${d.pages}`;
    img.hidden = false;
    $('page-info').textContent = `${d.name}: page ${page} of ${d.pages}`;
  } else {
    img.hidden = true;
    $('page-info').textContent = d ? `${d.name} is ready` : '';
  }
}

function showUrl(url) {
  $('web').hidden = !url;
  $('web-link').href = url || '#';
  $('web-link').textContent = url || '';
}

// The conference's lines (docs/meetings-protocol.md, "audio"): the newest version wins, whatever
// order the events arrive in. Talking changes often, so only the badges are redrawn.
function takeAudio(a) {
  if (!a || a.version <= room.audio.version) { return false; }
  room.audio = { version: a.version, lines: new Map(a.participants.map((l) => [l.user, l])) };
  return true;
}

function audioText(line) {
  if (!line) { return ''; }
  if (line.state === 'ringing') { return 'phone ringing'; }
  return ['on the call', line.muted ? 'muted' : '', line.talking ? 'talking' : ''].filter(Boolean).join(', ');
}

function showAudio(badge, id) {
  const line = room.audio.lines.get(id);
  badge.dataset.state = line ? line.state : 'off';
  badge.dataset.muted = String(Boolean(line && line.muted));
  badge.dataset.talking = String(Boolean(line && line.talking));
  badge.textContent = audioText(line);
  badge.hidden = !line;
}

function renderAudio() {
  for (const badge of document.querySelectorAll('#people .audio')) { showAudio(badge, badge.dataset.user); }
  renderSelfMute();
}

// One's own line, while on the call: mute or unmute it (the room's mute command, which reaches
// the conference; unmuting needs the unmute permission, the server says so otherwise).
function renderSelfMute() {
  const line = room.you ? room.audio.lines.get(room.you.id) : undefined;
  const button = $('self-mute');
  button.hidden = !line || line.state !== 'connected';
  const muted = Boolean(line && line.muted);
  button.textContent = muted ? 'Unmute my line' : 'Mute my line';
  button.setAttribute('aria-pressed', String(muted));
}

function renderPeople() {
  const list = $('people');
  list.replaceChildren();
  for (const p of room.participants.values()) {
    if (!p.present) { continue; }
    const li = document.createElement('li');
    li.dataset.hand = String(p.hand);
    li.dataset.participant = p.id;
    li.textContent = `${p.name} (${p.role}${p.guest ? ', guest' : ''})`;
    const badge = document.createElement('span');
    badge.className = 'audio'; badge.dataset.user = p.id;
    showAudio(badge, p.id);
    li.append(' ', badge);
    if (room.you && room.you.role === 'moderator' && p.id !== room.you.id) {
      for (const [label, message] of [['Make presenter', { type: 'role', participant: p.id, role: 'presenter' }],
        ['Make moderator', { type: 'role', participant: p.id, role: 'moderator' }],
        ['Allow drawing', { type: 'grant', participant: p.id, permission: 'draw', allowed: true }],
        ['Remove', { type: 'remove', participant: p.id }]]) {
        const b = document.createElement('button');
        b.type = 'button'; b.textContent = label;
        b.setAttribute('aria-label', `${label}: ${p.name}`);
        b.addEventListener('click', () => send(message));
        li.append(' ', b);
      }
    }
    list.append(li);
  }
}

function renderPolls() {
  const box = $('polls');
  box.replaceChildren();
  for (const p of room.polls.values()) {
    const div = document.createElement('div');
    div.className = 'poll'; div.dataset.poll = p.poll;
    const q = document.createElement('p');
    q.textContent = p.question + (p.closed ? ' (closed)' : '');
    div.append(q);
    const total = p.counts.reduce((a, b) => a + b, 0) || 1;
    p.options.forEach((option, i) => {
      const row = document.createElement('p');
      const b = document.createElement('button');
      b.type = 'button'; b.textContent = option; b.disabled = p.closed || p.voted;
      b.addEventListener('click', () => { p.voted = true; send({ type: 'vote', poll: p.poll, option: i }); renderPolls(); });
      const count = document.createElement('span');
      count.className = 'count'; count.textContent = ` ${p.counts[i]}`;
      const bar = document.createElement('span');
      bar.className = 'bar-result'; bar.style.width = `${(100 * p.counts[i]) / total}%`;
      row.append(b, count, bar);
      div.append(row);
    });
    if (may('present') && !p.closed) {
      const close = document.createElement('button');
      close.type = 'button'; close.textContent = 'Close poll';
      close.addEventListener('click', () => send({ type: 'close-poll', poll: p.poll }));
      div.append(close);
    }
    box.append(div);
  }
}

function renderAll() {
  const moderator = room.you && room.you.role === 'moderator';
  $('presenter-tools').hidden = !may('present');
  $('poll-form').hidden = !may('present');
  $('draw-tools').hidden = !may('draw');
  board.enabled = may('draw');
  $('share').hidden = !may('share-screen');
  $('moderator-tools').hidden = !moderator;
  $('recording').hidden = !room.recording;
  $('locked').hidden = !room.locked;
  $('record').textContent = room.recording ? 'Stop recording' : 'Start recording';
  $('lock').textContent = room.locked ? 'Unlock room' : 'Lock room';
  $('chat-form').hidden = !may('chat');
  if (room.you) { $('me').textContent = `${room.you.name} (${room.you.role})`; }
  renderPeople(); renderPolls();
}

function tick() {
  if (room.startedAt) {
    const s = Math.max(0, Math.floor((Date.now() + room.clockSkew - room.startedAt) / 1000));
    const pad = (n) => String(n).padStart(2, '0');
    $('elapsed').textContent = `${s >= 3600 ? `${Math.floor(s / 3600)}:` : ''}${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }
}

function wire() {
  $('chat-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('chat-text').value.trim();
    if (text) { send({ type: 'chat', text }); $('chat-text').value = ''; }
  });
  $('prev').addEventListener('click', () => { if (room.page > 1) { send({ type: 'page', deck: room.deck, page: room.page - 1 }); } });
  $('next').addEventListener('click', () => {
    const d = room.decks.get(room.deck);
    if (d && room.page < d.pages) { send({ type: 'page', deck: room.deck, page: room.page + 1 }); }
  });
  $('upload').addEventListener('change', async () => {
    const file = $('upload').files[0];
    if (!file) { return; }
    const r = await api(`/api/v1/meetings/${meetingId}/decks?name=${encodeURIComponent(file.name)}`,
      { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
    showError(r.ok ? null : await r.json());
    $('upload').value = '';
  });
  $('url-form').addEventListener('submit', (e) => { e.preventDefault(); send({ type: 'url', url: $('url').value }); });
  $('tool').addEventListener('change', () => { board.tool = $('tool').value; });
  $('color').addEventListener('change', () => { board.color = $('color').value; });
  $('undo').addEventListener('click', () => send({ type: 'undo' }));
  $('clear').addEventListener('click', () => send({ type: 'clear' }));
  $('hand').addEventListener('click', () => {
    const raised = $('hand').getAttribute('aria-pressed') !== 'true';
    $('hand').setAttribute('aria-pressed', String(raised));
    $('hand').textContent = raised ? 'Lower hand' : 'Raise hand';
    send({ type: 'hand', raised });
  });
  $('lock').addEventListener('click', () => send({ type: 'lock', locked: !room.locked }));
  $('record').addEventListener('click', () => send({ type: 'record', on: !room.recording }));
  $('end').addEventListener('click', () => send({ type: 'end' }));
  $('mute-all').addEventListener('click', () => send({ type: 'mute-all' }));
  $('self-mute').addEventListener('click', () => {
    const line = room.audio.lines.get(room.you.id);
    send({ type: 'mute', participant: room.you.id, muted: !(line && line.muted) });
  });
  $('recordings').href = `playback.html?m=${encodeURIComponent(meetingId)}`;
  $('audio').addEventListener('click', async () => {
    $('audio-status').textContent = 'Calling your phone…';
    const r = await api(`/api/v1/meetings/${meetingId}/audio/call`, { method: 'POST' });
    if (r.ok) { $('audio-status').textContent = 'Your phone will ring: answer it to join the audio.'; return; }
    const problem = await r.json();
    // 503: no conference bridge on this server; the dial-in number (if any) still works.
    $('audio-status').textContent = r.status === 503
      ? `Parley cannot ring your phone: this server has no conference bridge yet. ${problem.detail}.`
      : `${problem.title}: ${problem.detail}`;
  });
  $('share').addEventListener('click', async () => {
    if (screen.sharing) { stopSharing(); return; }
    try {
      await screen.start();
      send({ type: 'share', on: true });
      $('share').textContent = 'Starting…';
    } catch (err) {
      showError({ title: 'Screen sharing', detail: String(err.message || err) });
    }
  });
  $('poll-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const options = $('poll-options').value.split('\n').map((o) => o.trim()).filter(Boolean);
    send({ type: 'create-poll', question: $('poll-question').value, options });
    $('poll-form').reset();
  });
  $('signin').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await api('/api/v1/session', { method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: $('user').value, password: $('password').value }) });
    if (!r.ok) { $('entry-status').textContent = 'Sign-in failed.'; return; }
    room.csrf = (await r.json()).csrfToken;
    room.user = $('user').value;
    joinAsUser();
  });
  $('guest').addEventListener('submit', (e) => {
    e.preventDefault();
    connect(`/guest/v1/meetings/${meetingId}`, { name: $('guest-name').value, password: $('guest-password').value || undefined });
  });
  $('room-password').addEventListener('submit', (e) => {
    e.preventDefault();
    connect(`/ws/v1/meetings/${meetingId}`, { password: $('meeting-password').value });
  });
}

async function joinAsUser() {
  const r = await api(`/api/v1/meetings/${meetingId}`);
  if (!r.ok) { $('entry-status').textContent = 'No such meeting.'; return; }
  const m = await r.json();
  $('title').textContent = m.title;
  const invited = m.owner === room.user || (m.invitees || []).includes(room.user);
  if (m.passwordRequired && !invited) {
    $('signin').hidden = true; $('guest').hidden = true; $('room-password').hidden = false;
    return;
  }
  connect(`/ws/v1/meetings/${meetingId}`, {});
}

async function start() {
  wire();
  setInterval(tick, 1000);
  if (!meetingId) { $('entry-status').textContent = 'This page needs a meeting: /meet/?m=ID'; return; }
  const r = await api('/api/v1/session');
  if (r.ok) {
    const session = await r.json();
    room.csrf = session.csrfToken; room.user = session.user;
    joinAsUser();
  }
}

start();
