package org.parley.sip.conference;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SDP (RFC 4566, offer/answer RFC 3264) the focus needs: its offer of PCMU and PCMA, its answer
 * with the first of those the offer lists, and the audio address and payload types of a peer's
 * description (IPv4 literals only: a name would need a DNS look-up on a SIP thread). Stateless.
 */
final class Sdp {

    /** A peer's audio stream: where it receives RTP and the payload types it lists, in its order. */
    record Audio(InetSocketAddress address, List<Integer> payloadTypes) {

        /** The first payload type Parley mixes, if any. */
        Optional<Integer> codec() {
            return payloadTypes.stream().filter(G711::supports).findFirst();
        }
    }

    private Sdp() {
    }

    static String offer(String host, int port) {
        return description(host, port, G711.PCMU + " " + G711.PCMA)
                + "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=ptime:20\r\na=sendrecv\r\n";
    }

    static String answer(String host, int port, int payloadType) {
        var name = payloadType == G711.PCMA ? "PCMA" : "PCMU";
        return description(host, port, Integer.toString(payloadType))
                + "a=rtpmap:" + payloadType + " " + name + "/8000\r\na=ptime:20\r\na=sendrecv\r\n";
    }

    private static String description(String host, int port, String formats) {
        long session = System.currentTimeMillis() / 1000;
        return "v=0\r\no=parley " + session + " " + session + " IN IP4 " + host + "\r\ns=Parley conference\r\n"
                + "c=IN IP4 " + host + "\r\nt=0 0\r\nm=audio " + port + " RTP/AVP " + formats + "\r\n";
    }

    /** The first audio stream of a description, when it has one with a port and an address. */
    static Optional<Audio> audio(String sdp) {
        if (sdp == null) {
            return Optional.empty();
        }
        String session = null;
        String media = null;
        int port = -1;
        var types = new ArrayList<Integer>();
        for (var raw : sdp.split("\r?\n")) {
            var line = raw.strip();
            if (line.startsWith("m=")) {
                if (port >= 0) {
                    break;
                }
                var f = line.substring(2).split("\\s+");
                if (f.length >= 4 && "audio".equals(f[0]) && f[2].startsWith("RTP/AVP")) {
                    port = number(f[1]);
                    for (int i = 3; i < f.length; i++) {
                        types.add(number(f[i]));
                    }
                }
            } else if (line.startsWith("c=")) {
                var f = line.substring(2).split("\\s+");
                var address = f.length == 3 && "IP4".equals(f[1]) ? f[2].split("/")[0] : null;
                if (port >= 0) {
                    media = address;
                } else {
                    session = address;
                }
            }
        }
        var host = media != null ? media : session;
        if (port <= 0 || port > 65535 || host == null || !host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.empty();
        }
        return Optional.of(new Audio(new InetSocketAddress(host, port), List.copyOf(types)));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
