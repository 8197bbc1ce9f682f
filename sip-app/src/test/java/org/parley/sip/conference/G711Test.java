package org.parley.sip.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class G711Test {

    @Test
    void silenceShouldHaveTheWellKnownCodes() {
        assertEquals((byte) 0xff, G711.ulaw(0));
        assertEquals((byte) 0xd5, G711.alaw(0));
        assertEquals(0, G711.decode(G711.PCMU, (byte) 0xff));
        assertEquals(8, G711.decode(G711.PCMA, (byte) 0xd5));
        assertEquals(-8, G711.decode(G711.PCMA, (byte) 0x55));
    }

    @Test
    void theLoudestCodesShouldDecodeToTheEndsOfTheScale() {
        assertEquals(32124, G711.decode(G711.PCMU, (byte) 0x80));
        assertEquals(-32124, G711.decode(G711.PCMU, (byte) 0x00));
        assertEquals(32256, G711.decode(G711.PCMA, (byte) 0xaa));
        assertEquals(-32256, G711.decode(G711.PCMA, (byte) 0x2a));
    }

    @Test
    void everyCodeShouldSurviveDecodingAndEncodingAgain() {
        for (int code = 0; code < 256; code++) {
            if (code != 0x7f) { // µ-law has two zeros; 0x7f (-0) comes back as 0xff (+0)
                assertEquals((byte) code, G711.ulaw(G711.decode(G711.PCMU, (byte) code)), "µ-law " + code);
            }
            assertEquals((byte) code, G711.alaw(G711.decode(G711.PCMA, (byte) code)), "A-law " + code);
        }
    }

    @Test
    void aSampleShouldComeBackWithinItsQuantizationStep() {
        for (int sample = -32768; sample <= 32767; sample += 7) {
            for (int type : new int[] {G711.PCMU, G711.PCMA}) {
                int back = G711.decode(type, G711.encode(type, sample));
                int step = Math.max(32, Math.abs(sample) / 16);
                assertTrue(Math.abs(back - sample) <= step, type + ": " + sample + " came back as " + back);
                assertEquals(Integer.signum(back) * Integer.signum(sample) >= 0, true, "sign of " + sample);
            }
        }
    }

    @Test
    void samplesBeyondSixteenBitsShouldBeClippedNotWrapped() {
        assertEquals(G711.ulaw(32767), G711.ulaw(100_000));
        assertEquals(G711.ulaw(-32768), G711.ulaw(-100_000));
        assertEquals(G711.alaw(32767), G711.alaw(70_000));
        assertTrue(G711.decode(G711.PCMU, G711.ulaw(70_000)) > 30_000);
        assertTrue(G711.decode(G711.PCMA, G711.alaw(-70_000)) < -30_000);
    }
}
