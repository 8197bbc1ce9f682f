// Screen sharing: the presenter captures a screen with getDisplayMedia and opens one WebRTC
// connection per participant; Parley only relays the offers, answers and ICE candidates
// ("signal" messages), and checks that only someone with the share-screen permission offers.
// No STUN or TURN server: peers reach each other on their host addresses.
export class ScreenShare {
  constructor(signal, video, onEnded) {
    this.signal = signal;
    this.video = video;
    this.onEnded = onEnded;
    this.stream = null;
    this.peers = new Map();
    // Signals are handled one after another: an ICE candidate must not overtake the offer or
    // answer that came before it while that is still being applied.
    this.queue = Promise.resolve();
  }

  get sharing() { return this.stream !== null; }

  /** Asks the browser for a screen, window or tab; rejects when the person declines. */
  async start() {
    this.stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    // The browser's own "Stop sharing" ends the track.
    this.stream.getVideoTracks()[0].addEventListener('ended', () => { if (this.stream) { this.stop(); this.onEnded(); } });
  }

  stop() {
    if (this.stream) { this.stream.getTracks().forEach((t) => t.stop()); }
    this.stream = null;
    this.closePeers();
  }

  closePeers() {
    this.peers.forEach((peer) => peer.pc.close());
    this.peers.clear();
  }

  // A fresh connection to one participant; its ICE candidates wait until its offer or answer is sent.
  open(id) {
    this.peers.get(id)?.pc.close();
    const peer = { pc: new RTCPeerConnection(), outbox: [], described: false };
    peer.pc.addEventListener('icecandidate', (e) => {
      if (!e.candidate) { return; }
      const data = JSON.stringify(e.candidate);
      if (peer.described) { this.signal(id, 'ice', data); } else { peer.outbox.push(data); }
    });
    peer.pc.addEventListener('track', (e) => {
      this.video.srcObject = e.streams[0];
      this.video.parentElement.hidden = false;
    });
    this.peers.set(id, peer);
    return peer;
  }

  describe(id, peer, kind) {
    this.signal(id, kind, JSON.stringify(peer.pc.localDescription));
    peer.described = true;
    peer.outbox.splice(0).forEach((data) => this.signal(id, 'ice', data));
  }

  /** Offers the shared screen to one participant (again, on a new connection, if they rejoin). */
  async offerTo(id) {
    if (!this.stream) { return; }
    const peer = this.open(id);
    this.stream.getTracks().forEach((t) => peer.pc.addTrack(t, this.stream));
    await peer.pc.setLocalDescription(await peer.pc.createOffer());
    this.describe(id, peer, 'offer');
  }

  onSignal(from, kind, data) {
    this.queue = this.queue.then(() => this.apply(from, kind, JSON.parse(data)))
      .catch((err) => console.warn(`screen sharing: ${kind} from ${from}: ${err.message || err}`));
    return this.queue;
  }

  async apply(from, kind, value) {
    if (kind === 'offer') {
      const peer = this.open(from); // a new share is a new connection
      await peer.pc.setRemoteDescription(value);
      await peer.pc.setLocalDescription(await peer.pc.createAnswer());
      this.describe(from, peer, 'answer');
      return;
    }
    const peer = this.peers.get(from);
    if (!peer) { return; } // a connection already closed
    if (kind === 'answer') {
      await peer.pc.setRemoteDescription(value);
    } else if (kind === 'ice') {
      await peer.pc.addIceCandidate(value);
    }
  }

  /** The sharer stopped: drop the picture and the connection. */
  stopViewing() {
    this.closePeers();
    this.video.srcObject = null;
    this.video.parentElement.hidden = true;
  }
}
