package org.parley.sip.conference;

import java.nio.ByteBuffer;

/**
 * The RTP fixed header (RFC 3550 section 5.1) as the mixer reads and writes it: version 2, no
 * padding or extension written; CSRCs, an extension and padding skipped when read. Stateless.
 */
final class Rtp {

    static final int HEADER = 12;

    private Rtp() {
    }

    /** The payload type of a received packet, or -1 when it is not an RTP version 2 packet. */
    static int payloadType(ByteBuffer packet) {
        if (packet.remaining() < HEADER || (packet.get(0) & 0xc0) != 0x80) {
            return -1;
        }
        return packet.get(1) & 0x7f;
    }

    /** Where the payload of a received packet starts, or -1 when the header is malformed. */
    static int payloadStart(ByteBuffer packet) {
        int first = packet.get(0);
        int offset = HEADER + 4 * (first & 0x0f);
        if ((first & 0x10) != 0) {
            if (packet.limit() < offset + 4) {
                return -1;
            }
            offset += 4 + 4 * (packet.getShort(offset + 2) & 0xffff);
        }
        return offset <= payloadEnd(packet) ? offset : -1;
    }

    /** Where the payload of a received packet ends (before any padding). */
    static int payloadEnd(ByteBuffer packet) {
        int end = packet.limit();
        if ((packet.get(0) & 0x20) != 0 && end > HEADER) {
            end -= packet.get(end - 1) & 0xff;
        }
        return end;
    }

    /** Writes a header at the start of {@code out}, leaving its position after it. */
    static void header(ByteBuffer out, int payloadType, int sequence, long timestamp, int ssrc) {
        out.clear();
        out.put((byte) 0x80).put((byte) payloadType).putShort((short) sequence).putInt((int) timestamp).putInt(ssrc);
    }
}
