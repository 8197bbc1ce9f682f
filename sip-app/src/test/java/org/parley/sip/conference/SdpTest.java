package org.parley.sip.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SdpTest {

    @Test
    void theOfferShouldListPcmuThenPcmaOnTheStreamsPort() {
        var audio = Sdp.audio(Sdp.offer("127.0.0.1", 40002)).orElseThrow();
        assertEquals(40002, audio.address().getPort());
        assertEquals("127.0.0.1", audio.address().getHostString());
        assertEquals(List.of(0, 8), audio.payloadTypes());
    }

    @Test
    void theCodecShouldBeTheFirstMixableOneThePeerLists() {
        var sdp = "v=0\r\no=x 1 1 IN IP4 10.0.0.9\r\ns=-\r\nc=IN IP4 10.0.0.9\r\nt=0 0\r\n"
                + "m=audio 5004 RTP/AVP 9 8 0 101\r\nc=IN IP4 10.0.0.7\r\n";
        var audio = Sdp.audio(sdp).orElseThrow();
        assertEquals(8, audio.codec().orElseThrow());
        assertEquals("10.0.0.7", audio.address().getHostString(), "the media-level address wins");
    }

    @Test
    void descriptionsWithoutUsableAudioShouldBeRefused() {
        assertTrue(Sdp.audio(null).isEmpty());
        assertTrue(Sdp.audio("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 0 RTP/AVP 0\r\n").isEmpty(), "port 0: rejected stream");
        assertTrue(Sdp.audio("v=0\r\nc=IN IP4 phone.example.com\r\nm=audio 4000 RTP/AVP 0\r\n").isEmpty(), "a name");
        assertTrue(Sdp.audio("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP 9\r\n").orElseThrow().codec().isEmpty());
    }
}
