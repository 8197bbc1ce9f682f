package org.parley.sip.conference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mixer with real loopback sockets as phones, stepped one tick at a time by the test (no
 * scheduler, no clock): each phone sends the same 20 ms frame every step, so a packet that
 * arrives one step late changes nothing, and what each phone gets back is exact.
 */
class MixerTest {

    private static final String HOST = "127.0.0.1";
    private static final int STEPS = 6;

    private final Map<String, Boolean> talking = new ConcurrentHashMap<>();
    private final List<DatagramSocket> phones = new ArrayList<>();
    private final Map<DatagramSocket, Integer> streams = new ConcurrentHashMap<>();
    private final Map<DatagramSocket, Integer> codecs = new ConcurrentHashMap<>();
    private Mixer mixer;

    @BeforeEach
    void mixer() throws IOException {
        int first;
        try (var probe = new DatagramSocket(0, java.net.InetAddress.getByName(HOST))) {
            first = Math.min(probe.getLocalPort(), 60_000);
        }
        mixer = new Mixer(new MixerSettings(HOST, first, first + 40, 2, 3, 300),
                (conference, user, now) -> talking.put(conference + "/" + user, now));
    }

    @AfterEach
    void close() {
        mixer.close();
        phones.forEach(DatagramSocket::close);
    }

    @Test
    void everyoneShouldHearTheSumOfTheOthersButNeverThemselves() throws Exception {
        var a = phone("c1", "a", G711.PCMU);
        var b = phone("c1", "b", G711.PCMU);
        var c = phone("c1", "c", G711.PCMA);
        var fa = tone(2000, 7);
        var fb = tone(3000, 11);
        var fc = tone(1500, 3);
        var got = step(Map.of(a, fa, b, fb, c, fc));
        assertArrayEquals(expected(G711.PCMU, pcmu(fb), new Sent(fc, G711.PCMA)), got.get(a), "a hears b and c");
        assertArrayEquals(expected(G711.PCMU, pcmu(fa), new Sent(fc, G711.PCMA)), got.get(b), "b hears a and c");
        assertArrayEquals(expected(G711.PCMA, pcmu(fa), pcmu(fb)), got.get(c), "c hears a and b, in A-law");
    }

    @Test
    void aMutedParticipantShouldReachNobodyAndNotCountAsTalking() throws Exception {
        var a = phone("c1", "a", G711.PCMU);
        var b = phone("c1", "b", G711.PCMU);
        var c = phone("c1", "c", G711.PCMU);
        mixer.mute("c1", "a", true);
        var fa = tone(8000, 7);
        var fc = tone(300, 5);
        var got = step(Map.of(a, fa, b, silence(), c, fc));
        assertArrayEquals(expected(G711.PCMU, pcmu(fc)), got.get(b), "b hears c only");
        assertArrayEquals(expected(G711.PCMU), got.get(c), "c hears nobody");
        assertEquals(null, talking.get("c1/a"), "a muted never talks");
        assertEquals(Boolean.FALSE, talking.getOrDefault("c1/c", false), "c is below the talking level");
    }

    @Test
    void loudVoicesShouldBeClippedNotWrapped() throws Exception {
        var a = phone("c1", "a", G711.PCMU);
        var b = phone("c1", "b", G711.PCMU);
        var c = phone("c1", "c", G711.PCMU);
        var loud = new short[MixerSettings.FRAME];
        java.util.Arrays.fill(loud, (short) 30000);
        var got = step(Map.of(a, loud, b, loud, c, silence()));
        var max = new byte[MixerSettings.FRAME];
        java.util.Arrays.fill(max, G711.ulaw(32767));
        assertArrayEquals(max, got.get(c), "60000 is sent as the loudest code");
    }

    @Test
    void talkingShouldStartWithLoudFramesAndEndAfterTheHangOver() throws Exception {
        var a = phone("c1", "a", G711.PCMU);
        var b = phone("c1", "b", G711.PCMU);
        step(Map.of(a, tone(6000, 9), b, silence()));
        assertEquals(Boolean.TRUE, talking.get("c1/a"));
        assertEquals(null, talking.get("c1/b"));
        for (int i = 0; i < MixerSettings.HANGOVER_FRAMES / STEPS; i++) {
            step(Map.of(a, silence(), b, silence()));
            assertEquals(Boolean.TRUE, talking.get("c1/a"), "still talking within the hang-over");
        }
        step(Map.of(a, silence(), b, silence()));
        step(Map.of(a, silence(), b, silence()));
        assertEquals(Boolean.FALSE, talking.get("c1/a"));
    }

    @Test
    void conferencesShouldBeMixedApartAndBounded() throws Exception {
        var a = phone("c1", "a", G711.PCMU);
        var b = phone("c1", "b", G711.PCMU);
        var x = phone("c2", "x", G711.PCMU);
        var y = phone("c2", "y", G711.PCMU);
        var fa = tone(4000, 7);
        var got = step(Map.of(a, fa, b, silence(), x, silence(), y, silence()));
        assertArrayEquals(expected(G711.PCMU, pcmu(fa)), got.get(b));
        assertArrayEquals(expected(G711.PCMU), got.get(y), "c2 hears nothing of c1");
        mixer.open("c1", "c");
        assertThrows(IOException.class, () -> mixer.open("c1", "d"), "three per conference");
        assertThrows(IOException.class, () -> mixer.open("c3", "z"), "two conferences");
        mixer.remove("c1", "c");
        mixer.close("c2");
        mixer.open("c3", "z");
    }

    @Test
    void audioFromAnyAddressButTheParticipantsShouldNotBeMixed() throws Exception {
        var b = phone("c1", "b", G711.PCMU);
        try (var own = new DatagramSocket(new InetSocketAddress("127.0.0.2", 0))) {
            var a = mixer.open("c1", "a");
            mixer.connect("c1", "a", new InetSocketAddress("127.0.0.2", own.getLocalPort()), G711.PCMU);
            streams.put(own, a.localPort());
            codecs.put(own, G711.PCMU);
            var intruder = new DatagramSocket(new InetSocketAddress(HOST, 0));
            phones.add(intruder);
            streams.put(intruder, a.localPort());
            codecs.put(intruder, G711.PCMU);
            var loud = tone(9000, 7);
            for (int i = 0; i < STEPS; i++) {
                send(intruder, loud);
            }
            assertArrayEquals(expected(G711.PCMU), step(Map.of(b, silence())).get(b), "not from 127.0.0.1");
            for (int i = 0; i < STEPS; i++) {
                send(own, loud);
            }
            assertArrayEquals(expected(G711.PCMU, pcmu(loud)), step(Map.of(b, silence())).get(b), "from a's own address");
        }
    }

    /** A phone's socket, its stream in the mixer, connected in the codec given. */
    private DatagramSocket phone(String conference, String user, int codec) throws IOException {
        var socket = new DatagramSocket(new InetSocketAddress(HOST, 0));
        socket.setSoTimeout(2000);
        phones.add(socket);
        var stream = mixer.open(conference, user);
        mixer.connect(conference, user, new InetSocketAddress(HOST, socket.getLocalPort()), codec);
        streams.put(socket, stream.localPort());
        codecs.put(socket, codec);
        return socket;
    }

    /** Every phone sends its frame and the mixer ticks, {@link #STEPS} times; the last payload each phone got. */
    private Map<DatagramSocket, byte[]> step(Map<DatagramSocket, short[]> frames) throws IOException {
        var last = new ConcurrentHashMap<DatagramSocket, byte[]>();
        for (int i = 0; i < STEPS; i++) {
            for (var f : frames.entrySet()) {
                send(f.getKey(), f.getValue());
            }
            mixer.tick();
            for (var phone : frames.keySet()) {
                var packet = new DatagramPacket(new byte[2048], 2048);
                phone.receive(packet);
                assertEquals(codecs.get(phone), packet.getData()[1] & 0x7f, "the phone's own payload type");
                last.put(phone, java.util.Arrays.copyOfRange(packet.getData(), Rtp.HEADER, packet.getLength()));
            }
        }
        return last;
    }

    private void send(DatagramSocket phone, short[] frame) throws IOException {
        int codec = codecs.get(phone);
        var bytes = new byte[Rtp.HEADER + frame.length];
        bytes[0] = (byte) 0x80;
        bytes[1] = (byte) codec;
        for (int i = 0; i < frame.length; i++) {
            bytes[Rtp.HEADER + i] = G711.encode(codec, frame[i]);
        }
        phone.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(HOST, streams.get(phone))));
    }

    /** A frame as its sender sent it, in its codec. */
    private record Sent(short[] frame, int codec) {
    }

    /** What the mixer sends for the others' frames: each as its codec carried it, summed, clipped, encoded. */
    private static byte[] expected(int codec, Sent... others) {
        var out = new byte[MixerSettings.FRAME];
        for (int i = 0; i < out.length; i++) {
            int sum = 0;
            for (var o : others) {
                sum += G711.decode(o.codec(), G711.encode(o.codec(), o.frame()[i]));
            }
            out[i] = G711.encode(codec, sum);
        }
        return out;
    }

    private static short[] tone(int amplitude, int period) {
        var frame = new short[MixerSettings.FRAME];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * i / period));
        }
        return frame;
    }

    private static Sent pcmu(short[] frame) {
        return new Sent(frame, G711.PCMU);
    }

    private static short[] silence() {
        return new short[MixerSettings.FRAME];
    }
}
