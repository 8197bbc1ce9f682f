package org.parley.sip.conference;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One participant's audio in the mixer: their RTP port, what they sent (decoded to linear PCM in a
 * bounded buffer of 200 ms, the oldest dropped when it overflows; packets from any other address
 * than the one their SDP names are dropped), their 20 ms contribution of the
 * current tick, and the mix sent back in their codec with their own sequence numbers, timestamps
 * and SSRC. The remote address, codec and mute flag are set by SIP threads (volatile); everything
 * else belongs to the mixer's tick, which alone reads and writes the channel.
 */
final class MediaStream {

    private static final int BUFFERED = 10 * MixerSettings.FRAME;
    /** Packets read per tick at most, so that a flood cannot hold the tick. */
    private static final int READS_PER_TICK = 8;

    final String user;
    private final DatagramChannel channel;
    private final int localPort;
    private final TalkDetector talk;
    private final short[] buffer = new short[BUFFERED];
    private final short[] frame = new short[MixerSettings.FRAME];
    private final ByteBuffer in = ByteBuffer.allocate(1500);
    private final ByteBuffer out = ByteBuffer.allocate(Rtp.HEADER + MixerSettings.FRAME);
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private int head;
    private int size;
    private int sequence = ThreadLocalRandom.current().nextInt(0x10000);
    private long timestamp = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
    private boolean contributes;
    private volatile InetSocketAddress remote;
    private volatile int payloadType = G711.PCMU;
    private volatile boolean muted;

    MediaStream(String user, DatagramChannel channel, int talkingLevel) throws IOException {
        this.user = user;
        this.channel = channel;
        this.localPort = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        this.talk = new TalkDetector(talkingLevel);
    }

    int localPort() {
        return localPort;
    }

    DatagramChannel channel() {
        return channel;
    }

    /** Where the participant receives RTP, and in which payload type (0 or 8). */
    void connect(InetSocketAddress address, int type) {
        payloadType = type;
        remote = address;
    }

    void mute(boolean value) {
        muted = value;
    }

    boolean isMuted() {
        return muted;
    }

    /** Reads what arrived since the last tick into the buffer (PCMU and PCMA; other payloads ignored). */
    void receive() throws IOException {
        for (int i = 0; i < READS_PER_TICK; i++) {
            in.clear();
            var from = channel.receive(in);
            if (from == null) {
                return;
            }
            in.flip();
            if (!fromPeer(from)) {
                continue;
            }
            int type = Rtp.payloadType(in);
            if (!G711.supports(type)) {
                continue;
            }
            int start = Rtp.payloadStart(in);
            int end = Rtp.payloadEnd(in);
            for (int p = Math.max(start, 0); start >= 0 && p < end; p++) {
                push(G711.decode(type, in.get(p)));
            }
        }
    }

    /** Only the participant's own address (as their SDP names it) may put audio into the conference. */
    private boolean fromPeer(java.net.SocketAddress from) {
        var peer = remote;
        return peer != null && from instanceof InetSocketAddress a && a.getAddress().equals(peer.getAddress());
    }

    private void push(short sample) {
        if (size == BUFFERED) {
            head = (head + 1) % BUFFERED;
            size--;
        }
        buffer[(head + size) % BUFFERED] = sample;
        size++;
    }

    /**
     * Takes this tick's 20 ms from the buffer; the participant contributes it to the mix unless
     * muted or nothing (not a whole frame) came. Returns the frame contributed, or null.
     */
    short[] take() {
        contributes = false;
        if (size < MixerSettings.FRAME) {
            return null;
        }
        for (int i = 0; i < MixerSettings.FRAME; i++) {
            frame[i] = buffer[(head + i) % BUFFERED];
        }
        head = (head + MixerSettings.FRAME) % BUFFERED;
        size -= MixerSettings.FRAME;
        contributes = !muted;
        return contributes ? frame : null;
    }

    /** Feeds this tick's contribution to the talk detector; true when talking changed. */
    boolean talkChanged() {
        return talk.update(contributes ? frame : null);
    }

    boolean talking() {
        return talk.talking();
    }

    /** Sends the mix minus this participant's own contribution, clipped, in their codec. */
    void send(int[] mix) throws IOException {
        var to = remote;
        if (to == null) {
            return;
        }
        int type = payloadType;
        Rtp.header(out, type, sequence, timestamp, ssrc);
        for (int i = 0; i < MixerSettings.FRAME; i++) {
            out.put(G711.encode(type, mix[i] - (contributes ? frame[i] : 0)));
        }
        out.flip();
        channel.send(out, to);
        sequence = (sequence + 1) & 0xffff;
        timestamp = (timestamp + MixerSettings.FRAME) & 0xffffffffL;
    }
}
