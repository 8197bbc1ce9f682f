// Plays a recording back in time: the room's state when recording started, then each recorded
// event at its offset (docs/meetings.md, "Recording file").
import { Board } from './board.js';

const $ = (id) => document.getElementById(id);
const meetingId = new URLSearchParams(location.search).get('m') || '';
// X-Requested-With: a 401 answers without a Basic challenge (no browser password prompt).
const FETCH = { credentials: 'same-origin', headers: { 'X-Requested-With': 'parley-meet' } };
const view = { decks: new Map(), polls: new Map(), timers: [] };
const board = new Board($('board'), () => {});

function describe(e) {
  switch (e.type) {
    case 'chat': return `${e.name || e.by}: ${e.text}`;
    case 'page': return `${e.by} turned to page ${e.page}`;
    case 'stroke': return `${e.by} drew a ${e.kind}`;
    case 'undo': return `${e.by} took back a stroke`;
    case 'clear': return `${e.by} cleared the whiteboard`;
    case 'url': return `${e.by} showed ${e.url}`;
    case 'deck': return `${e.by} added slides ${e.name}`;
    case 'poll': return `${e.by} asked: ${e.question}`;
    case 'poll-results': return `A vote: ${e.counts.join(' / ')}`;
    case 'poll-closed': return 'A poll closed';
    case 'joined': return `${e.name} joined`;
    case 'left': return `${e.participant} left`;
    case 'recording': return e.on ? 'Recording started' : 'Recording stopped';
    default: return e.type;
  }
}

function showPage(deck, page) {
  const d = view.decks.get(deck);
  $('slide').hidden = !(d && page > 0);
  if (d && page > 0) {
    $('slide').src = `/meetings-media/${deck}/${page}.png`;
    $('page-info').textContent = `${d.name}: page ${page} of ${d.pages}`;
  }
}

function showUrl(url) {
  $('web').hidden = !url;
  $('web-link').href = url || '#';
  $('web-link').textContent = url || '';
}

function addChat(e) {
  const li = document.createElement('li');
  li.textContent = `${e.name || e.by}: ${e.text}`;
  $('chat').append(li);
}

function renderPolls() {
  $('polls').replaceChildren(...[...view.polls.values()].map((p) => {
    const div = document.createElement('p');
    div.textContent = `${p.question}: ${p.options.map((o, i) => `${o} ${p.counts[i]}`).join(', ')}`;
    return div;
  }));
}

function apply(e) {
  const actions = {
    chat: () => addChat(e),
    page: () => showPage(e.deck, e.page),
    url: () => showUrl(e.url),
    stroke: () => board.add(e),
    undo: () => board.remove(e.stroke),
    clear: () => board.reset([]),
    deck: () => view.decks.set(e.deck, e),
    poll: () => { view.polls.set(e.poll, { ...e, counts: e.options.map(() => 0) }); renderPolls(); },
    'poll-results': () => { const p = view.polls.get(e.poll); if (p) { p.counts = e.counts; } renderPolls(); },
    'poll-closed': () => { const p = view.polls.get(e.poll); if (p) { p.counts = e.counts; } renderPolls(); },
  };
  (actions[e.type] || (() => {}))();
  const li = document.createElement('li');
  li.dataset.type = e.type;
  li.dataset.seq = String(e.seq);
  li.textContent = describe(e);
  $('timeline').append(li);
}

function load(recording) {
  view.timers.forEach(clearTimeout);
  view.timers = [];
  const s = recording.initialState;
  $('player-title').textContent = `Playback: ${recording.meeting.title}`;
  view.decks = new Map(s.decks.map((d) => [d.deck, d]));
  view.polls = new Map(s.polls.map((p) => [p.poll, p]));
  $('chat').replaceChildren(); s.chat.forEach(addChat);
  $('timeline').replaceChildren();
  board.reset(s.strokes);
  showPage(s.deck, s.page); showUrl(s.url); renderPolls();
  $('player').hidden = false;
  $('play').onclick = () => {
    const speed = Number($('speed').value);
    const started = Date.now();
    recording.events.forEach((e) => view.timers.push(setTimeout(() => apply(e), e.offsetMillis / speed)));
    const tick = setInterval(() => {
      const ms = (Date.now() - started) * speed;
      $('clock').textContent = `${String(Math.floor(ms / 60000)).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
      if (ms > recording.durationMillis) { clearInterval(tick); $('status').textContent = 'Playback finished.'; }
    }, 250);
  };
}

async function start() {
  const r = await fetch(`/api/v1/meetings/${encodeURIComponent(meetingId)}/recordings`, FETCH);
  if (!r.ok) { $('status').textContent = 'Sign in to the Parley client first, then open this page again.'; return; }
  const list = (await r.json()).recordings.filter((x) => x.stoppedAt);
  $('status').textContent = list.length ? `${list.length} recording(s)` : 'No recordings yet.';
  for (const rec of list) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `${rec.title}, ${new Date(rec.startedAt).toLocaleString()} (${rec.events} events)`;
    b.dataset.recording = rec.id;
    const url = `/api/v1/meetings/${encodeURIComponent(meetingId)}/recordings/${rec.id}`;
    b.addEventListener('click', async () => {
      $('download').href = url;
      load(await (await fetch(url, FETCH)).json());
    });
    li.append(b);
    $('recordings').append(li);
  }
}

start();
