// The live connection: protocol v1 over WebSocket (docs/websocket-protocol.md). Reconnects by
// itself with a growing delay, and on every (re)connection watches again and catches up chats.

const PING_MS = 25000;
const MAX_DELAY_MS = 15000;

export class Live extends EventTarget {
  /**
   * @param catchUp returns {watch: [user ids], sync: {conversation id: last seq}} to send after hello
   */
  constructor(catchUp) {
    super();
    this.catchUp = catchUp;
    this.socket = null;
    this.delay = 500;
    this.stopped = false;
    this.pinger = null;
    this.queue = [];
    this.state = 'connecting';
  }

  start() {
    this.stopped = false;
    this.open();
  }

  stop() {
    this.stopped = true;
    clearInterval(this.pinger);
    if (this.socket) this.socket.close(1000);
    this.setState('signed-out');
  }

  /** Sends a message now, or once connected. */
  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN && this.state === 'live') {
      this.socket.send(JSON.stringify(message));
    } else {
      this.queue.push(message);
    }
  }

  /** Drops the connection as a network failure would (used by tests and by "reconnect now"). */
  drop() {
    if (this.socket) this.socket.close(4000, 'dropped');
  }

  open() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/ws/v1`);
    this.socket = socket;
    this.setState(this.everLive ? 'reconnecting' : 'connecting');
    socket.addEventListener('message', (e) => this.receive(e.data));
    socket.addEventListener('close', () => this.closed(socket));
  }

  receive(data) {
    let message;
    try { message = JSON.parse(data); } catch (e) { return; }
    if (message.type === 'hello') {
      this.delay = 500;
      this.everLive = true;
      this.setState('live');
      const { watch, sync } = this.catchUp();
      if (watch.length) this.watch(watch);
      if (Object.keys(sync).length) this.socket.send(JSON.stringify({ type: 'sync', conversations: sync }));
      for (const queued of this.queue.splice(0)) this.socket.send(JSON.stringify(queued));
      clearInterval(this.pinger);
      this.pinger = setInterval(() => this.send({ type: 'ping' }), PING_MS);
    }
    this.dispatchEvent(new CustomEvent(message.type, { detail: message }));
  }

  /** Watches users, at most 500 per message as the protocol says. */
  watch(users) {
    for (let i = 0; i < users.length; i += 500) this.send({ type: 'watch', users: users.slice(i, i + 500) });
  }

  closed(socket) {
    if (socket !== this.socket) return;
    clearInterval(this.pinger);
    if (this.stopped) return;
    this.setState('reconnecting');
    setTimeout(() => { if (!this.stopped) this.open(); }, this.delay);
    this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
  }

  setState(state) {
    this.state = state;
    document.body.dataset.connection = state;
    this.dispatchEvent(new CustomEvent('state', { detail: state }));
  }
}
