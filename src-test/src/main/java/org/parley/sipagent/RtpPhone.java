package org.parley.sipagent;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.regex.Pattern;

import org.parley.sip.conference.G711;

/**
 * The audio side of a test phone: a loopback RTP socket that sends a sine tone (PCMU, 20 ms
 * packets) to the address an SDP names, and keeps the last second of what it receives, decoded,
 * to measure the level of any frequency in it (Goertzel). Its two threads stop when it is closed,
 * and the sender after at most {@link #MAX_PACKETS} packets in any case.
 */
public final class RtpPhone implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int RATE = 8000;
    private static final int FRAME = 160;
    private static final int AMPLITUDE = 8000;
    private static final int KEPT = RATE;
    /** 2 minutes of audio at most. */
    static final int MAX_PACKETS = 6000;
    private static final Pattern PORT = Pattern.compile("m=audio (\\d+) ");
    private static final Pattern ADDRESS = Pattern.compile("c=IN IP4 ([0-9.]+)");

    private final DatagramSocket socket;
    private final double tone;
    private final short[] received = new short[KEPT];
    private int next;
    private long total;
    private volatile boolean sending = true;
    private volatile boolean closed;
    private Thread sender;
    private final Thread receiver;

    /** A phone that sends a tone of {@code toneHz} once it knows where to. */
    public RtpPhone(double toneHz) throws SocketException {
        this.tone = toneHz;
        socket = new DatagramSocket(new InetSocketAddress(HOST, 0));
        socket.setSoTimeout(200);
        receiver = new Thread(this::receive, "rtp-phone-in-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Starts sending the tone to the audio address of {@code sdp} (the other side's offer or answer). */
    public synchronized void sendTo(String sdp) {
        var port = PORT.matcher(sdp);
        var address = ADDRESS.matcher(sdp);
        if (!port.find() || !address.find()) {
            throw new IllegalArgumentException("No audio address in " + sdp);
        }
        var to = new InetSocketAddress(address.group(1), Integer.parseInt(port.group(1)));
        sender = new Thread(() -> send(to), "rtp-phone-out-" + socket.getLocalPort());
        sender.setDaemon(true);
        sender.start();
    }

    /** Sends silence instead of the tone ({@code false}), or the tone again. */
    public void toneOn(boolean on) {
        sending = on;
    }

    private void send(InetSocketAddress to) {
        var packet = new byte[12 + FRAME];
        long sample = 0;
        for (int seq = 0; seq < MAX_PACKETS && !closed; seq++) {
            packet[0] = (byte) 0x80;
            packet[1] = (byte) G711.PCMU;
            packet[2] = (byte) (seq >> 8);
            packet[3] = (byte) seq;
            long ts = (long) seq * FRAME;
            for (int i = 0; i < 4; i++) {
                packet[4 + i] = (byte) (ts >> (24 - 8 * i));
                packet[8 + i] = (byte) (0x5a5a0000 + port() >> (24 - 8 * i));
            }
            for (int i = 0; i < FRAME; i++, sample++) {
                double value = sending ? AMPLITUDE * Math.sin(2 * Math.PI * tone * sample / RATE) : 0;
                packet[12 + i] = G711.encode(G711.PCMU, (int) Math.round(value));
            }
            try {
                socket.send(new DatagramPacket(packet, packet.length, to));
                Thread.sleep(20);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void receive() {
        var buffer = new byte[2048];
        while (!closed) {
            var packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                return;
            }
            if (packet.getLength() <= 12 || (buffer[1] & 0x7f) != G711.PCMU && (buffer[1] & 0x7f) != G711.PCMA) {
                continue;
            }
            int type = buffer[1] & 0x7f;
            synchronized (this) {
                for (int i = 12; i < packet.getLength(); i++) {
                    received[next] = G711.decode(type, buffer[i]);
                    next = (next + 1) % KEPT;
                    total++;
                }
            }
        }
    }

    /** How many samples arrived so far. */
    public synchronized long samplesReceived() {
        return total;
    }

    /**
     * The amplitude (0 to 32767) of {@code hz} in the last 200 ms received, by the Goertzel
     * algorithm; a tone of this phone's kind measures about 8000.
     */
    public synchronized double level(double hz) {
        int n = 1600;
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / RATE);
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double s = received[Math.floorMod(next - n + i, KEPT)] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * Math.sqrt(Math.max(0, power)) / n;
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        try {
            receiver.join(1000);
            var out = sender;
            if (out != null) {
                out.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
