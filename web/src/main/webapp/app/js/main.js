// The web client: signs in, opens the live connection and hands its messages to each screen.

import { call, get, setCsrf, Problem } from './api.js';
import { $ } from './dom.js';
import { Live } from './live.js';
import { updatePresence, loadName } from './people.js';
import { StatusMenu } from './status.js';
import { Tabs } from './tabs.js';
import { Contacts } from './contacts.js';
import { Chats } from './chat.js';
import { DirectoryScreen } from './directory.js';
import { Alerts } from './alerts.js';
import { Settings } from './settings.js';
import { Announcements } from './announcements.js';
import { Notices } from './notices.js';

let app = null;

async function start() {
  $('#signin-form').addEventListener('submit', signIn);
  try {
    const session = await get('/session');
    enter(session);
  } catch (e) {
    showSignIn();
  }
}

function showSignIn(message = '') {
  document.body.dataset.connection = 'signed-out';
  $('#shell').hidden = true;
  $('#signin').hidden = false;
  $('#signin-error').textContent = message;
  $('#signin-user').focus();
}

async function signIn(event) {
  event.preventDefault();
  const user = $('#signin-user').value.trim();
  const password = $('#signin-password').value;
  if (!user || !password) {
    $('#signin-error').textContent = 'Enter your user name and password.';
    return;
  }
  $('#signin-submit').disabled = true;
  try {
    const session = (await call('POST', '/session', { user, password })).body;
    $('#signin-password').value = '';
    enter(session);
  } catch (e) {
    $('#signin-error').textContent = e.status === 401 ? 'Wrong user name or password.' : e.message;
  } finally {
    $('#signin-submit').disabled = false;
  }
}

function enter(session) {
  setCsrf(session.csrfToken);
  $('#signin').hidden = true;
  $('#shell').hidden = false;
  $('#my-name').textContent = session.user;
  loadName(session.user).then((name) => { $('#my-name').textContent = name; });
  app = new App(session);
  app.start();
}

class App {
  constructor(session) {
    this.me = session.user;
    this.admin = session.admin;
    this.notices = new Notices($('#toasts'));
    this.live = new Live(() => this.catchUp());
    this.tabs = new Tabs($('#tablist'));
    this.status = new StatusMenu(this);
    this.contacts = new Contacts(this, $('#panel-contacts'));
    this.chats = new Chats(this, $('#panel-chats'));
    this.directory = new DirectoryScreen(this, $('#panel-directory'));
    this.alerts = new Alerts(this, $('#panel-alerts'));
    this.settings = new Settings(this, $('#panel-settings'));
    this.announcements = new Announcements(this, $('#announcements'));
  }

  start() {
    const live = this.live;
    live.addEventListener('presence', (e) => updatePresence(e.detail));
    live.addEventListener('state', (e) => this.connection(e.detail));
    live.addEventListener('error', (e) => this.protocolError(e.detail));
    live.start();
    this.contacts.load();
    this.chats.load();
    this.alerts.load();
    this.announcements.load();
    this.watch([this.me]);
    $('#signout').addEventListener('click', () => this.signOut());
  }

  /** What to say to the server after every (re)connection. */
  catchUp() {
    return { watch: [...this.watched], sync: this.chats.syncPoints() };
  }

  get watched() {
    this.watchSet = this.watchSet || new Set();
    return this.watchSet;
  }

  /** Starts watching the presence of these users (once each). */
  watch(users) {
    const fresh = users.filter((u) => !this.watched.has(u));
    fresh.forEach((u) => { this.watched.add(u); loadName(u); });
    if (fresh.length && this.live.state === 'live') this.live.watch(fresh);
  }

  connection(state) {
    const labels = { live: 'Connected', connecting: 'Connecting…', reconnecting: 'Reconnecting…', 'signed-out': '' };
    $('#connection').textContent = labels[state] ?? state;
    if (state === 'reconnecting') this.checkSession();
  }

  async checkSession() {
    try {
      await get('/session');
    } catch (e) {
      if (e instanceof Problem && e.status === 401) {
        this.live.stop();
        showSignIn('Your session ended. Sign in again.');
      }
    }
  }

  protocolError(message) {
    if (message.conversation || message.clientId) return; // the chat screen shows those
    const p = message.problem || {};
    this.notices.show(p.detail || p.title || 'Something went wrong', 'error');
  }

  async signOut() {
    this.live.stop();
    try { await call('DELETE', '/session'); } catch (e) { /* signed out anyway */ }
    location.reload();
  }
}

start();
