package org.parley.telephony.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;
import org.parley.telephony.ConferenceHost;
import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceService;
import org.parley.telephony.ConferenceView;
import org.parley.telephony.ParticipantState;

/** A relayed conference request and its answer, through their JSON, as the host and the asking server see them. */
class ConferenceCallTest {

    private static final ConferenceView VIEW = new ConferenceView("m-42", "bob", "bob", "meeting:42", "sip:conf-m-42@10.0.0.1:5060",
            false, List.of(new ConferenceParticipant("bob", ParticipantState.CONNECTED, false, true, ""),
                    new ConferenceParticipant("carol", ParticipantState.REFUSED, false, false, "busy (486)")), 7);

    @Test
    void aConferenceShouldComeBackAsTheHostAnsweredIt() {
        var call = ConferenceCall.of(new ConferenceCall(ConferenceCall.Op.MUTE, "carol", "m-42", "carol", true).toJson());
        var answer = call.answer(answering((name, args) -> {
            assertEquals("mute", name);
            assertEquals(List.of("carol", "m-42", "carol", true), List.of(args));
            return VIEW;
        }));
        assertEquals(VIEW, ConferenceCall.viewOf(answer));
    }

    @Test
    void aRefusalShouldBeThrownAsTheHostThrewIt() {
        var call = new ConferenceCall(ConferenceCall.Op.END, "carol", "m-42", "", false);
        var answer = call.answer(answering((name, args) -> {
            throw new ParleyException.Forbidden("Only the controller may end the conference");
        }));
        var refused = assertThrows(ParleyException.Forbidden.class, () -> ConferenceCall.refusal(answer));
        assertEquals("Only the controller may end the conference", refused.getMessage());
        var full = new ConferenceCall(ConferenceCall.Op.GET, "x", "c1", "", false).answer(answering((name, args) -> {
            throw new ParleyException.Conflict("too-many-participants", "At most 10");
        }));
        assertEquals("too-many-participants",
                assertThrows(ParleyException.Conflict.class, () -> ConferenceCall.viewOf(full)).kind());
    }

    @Test
    void aFlagShouldComeBack() {
        var answer = new ConferenceCall(ConferenceCall.Op.MUTE_ALL_IN_MEETING, "", "42", "bob", false)
                .answer(answering((name, args) -> "muteAllInMeeting".equals(name) && "bob".equals(args[1])));
        assertTrue(ConferenceCall.flagOf(answer));
    }

    @Test
    void aLeaseShouldHoldOnlyWithinTheTimeout() {
        var renewed = Instant.parse("2026-12-03T09:00:00Z");
        var host = new ConferenceHost("m-42", "it-1", "sip:conf-m-42@10.0.0.1", renewed);
        assertTrue(host.holds(renewed.plusSeconds(29), Duration.ofSeconds(30)));
        assertFalse(host.holds(renewed.plusSeconds(30), Duration.ofSeconds(30)), "lapsed: the next server takes it over");
    }

    private interface Body {
        Object run(String method, Object[] args);
    }

    private static ConferenceService answering(Body body) {
        return (ConferenceService) Proxy.newProxyInstance(ConferenceService.class.getClassLoader(),
                new Class<?>[] {ConferenceService.class}, (proxy, method, args) -> body.run(method.getName(), args));
    }
}
