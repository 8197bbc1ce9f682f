// Screen sharing: the presenter captures a screen with getDisplayMedia and opens one WebRTC
// connection per participant; Parley only relays the offers, answers and ICE candidates
// ("signal" messages), and checks that only someone with the share-screen permission offers.
export class ScreenShare {
  constructor(signal, video) {
    this.signal = signal;
    this.video = video;
    this.stream = null;
    this.peers = new Map();
  }

  get sharing() { return this.stream !== null; }

  async start() {
    this.stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    this.stream.getVideoTracks()[0].addEventListener('ended', () => this.stop());
  }

  stop() {
    if (this.stream) { this.stream.getTracks().forEach((t) => t.stop()); }
    this.stream = null;
    this.peers.forEach((pc) => pc.close());
    this.peers.clear();
  }

  peer(id) {
    let pc = this.peers.get(id);
    if (!pc) {
      pc = new RTCPeerConnection();
      pc.addEventListener('icecandidate', (e) => {
        if (e.candidate) { this.signal(id, 'ice', JSON.stringify(e.candidate)); }
      });
      pc.addEventListener('track', (e) => {
        this.video.srcObject = e.streams[0];
        this.video.parentElement.hidden = false;
      });
      this.peers.set(id, pc);
    }
    return pc;
  }

  async offerTo(id) {
    const pc = this.peer(id);
    this.stream.getTracks().forEach((t) => pc.addTrack(t, this.stream));
    await pc.setLocalDescription(await pc.createOffer());
    this.signal(id, 'offer', JSON.stringify(pc.localDescription));
  }

  async onSignal(from, kind, data) {
    const pc = this.peer(from);
    const value = JSON.parse(data);
    if (kind === 'offer') {
      await pc.setRemoteDescription(value);
      await pc.setLocalDescription(await pc.createAnswer());
      this.signal(from, 'answer', JSON.stringify(pc.localDescription));
    } else if (kind === 'answer') {
      await pc.setRemoteDescription(value);
    } else if (kind === 'ice') {
      await pc.addIceCandidate(value);
    }
  }

  stopViewing() {
    this.video.srcObject = null;
    this.video.parentElement.hidden = true;
  }
}
