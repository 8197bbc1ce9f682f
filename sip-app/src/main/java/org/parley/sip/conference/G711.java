package org.parley.sip.conference;

/**
 * ITU-T G.711 companding: µ-law (PCMU, RTP payload type 0) and A-law (PCMA, payload type 8)
 * between 8-bit codes and 16-bit linear PCM. Decoding is a table look-up; the tables are filled
 * once and never change. Stateless and thread-safe. Public for test phones that send real audio.
 */
public final class G711 {

    /** RTP payload type of µ-law. */
    public static final int PCMU = 0;
    /** RTP payload type of A-law. */
    public static final int PCMA = 8;

    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;
    private static final short[] ULAW = new short[256];
    private static final short[] ALAW = new short[256];

    static {
        for (int code = 0; code < 256; code++) {
            ULAW[code] = ulawDecode(code);
            ALAW[code] = alawDecode(code);
        }
    }

    private G711() {
    }

    /** Whether Parley mixes this payload type. */
    static boolean supports(int payloadType) {
        return payloadType == PCMU || payloadType == PCMA;
    }

    public static short decode(int payloadType, byte code) {
        return payloadType == PCMA ? ALAW[code & 0xff] : ULAW[code & 0xff];
    }

    public static byte encode(int payloadType, int sample) {
        return payloadType == PCMA ? alaw(sample) : ulaw(sample);
    }

    /** µ-law code of a linear sample (clipped to 16 bits first). */
    static byte ulaw(int sample) {
        int pcm = clip(sample);
        int sign = pcm < 0 ? 0x80 : 0;
        if (pcm < 0) {
            pcm = -pcm;
        }
        pcm = Math.min(pcm, ULAW_CLIP) + ULAW_BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (pcm >> (exponent + 3)) & 0x0f;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    /** A-law code of a linear sample (clipped to 16 bits first). */
    static byte alaw(int sample) {
        int pcm = clip(sample);
        int sign = pcm >= 0 ? 0x80 : 0;
        if (pcm < 0) {
            pcm = Math.min(-pcm, 32767);
        }
        int compressed;
        if (pcm >= 256) {
            int exponent = 7;
            for (int mask = 0x4000; (pcm & mask) == 0; mask >>= 1) {
                exponent--;
            }
            compressed = (exponent << 4) | ((pcm >> (exponent + 3)) & 0x0f);
        } else {
            compressed = pcm >> 4;
        }
        return (byte) (compressed ^ (sign ^ 0x55));
    }

    private static short ulawDecode(int code) {
        int v = ~code & 0xff;
        int exponent = (v >> 4) & 0x07;
        int sample = ((((v & 0x0f) << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
        return (short) ((v & 0x80) != 0 ? -sample : sample);
    }

    private static short alawDecode(int code) {
        int v = (code & 0xff) ^ 0x55;
        int exponent = (v >> 4) & 0x07;
        int mantissa = v & 0x0f;
        int sample = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) ((v & 0x80) != 0 ? sample : -sample);
    }

    /** The sample limited to the 16-bit range (a mix of loud voices would wrap around otherwise). */
    static int clip(int sample) {
        return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
    }
}
