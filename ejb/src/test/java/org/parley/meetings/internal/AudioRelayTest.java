package org.parley.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.meetings.AudioBridge;
import org.parley.meetings.AudioLine;
import org.parley.meetings.MeetingEvent;

/** The room's audio events: sent only when the lines changed, newest kept by every server for joiners. */
class AudioRelayTest {

    private final AudioRelay relay = new AudioRelay();
    private final HeardAudio heard = new HeardAudio();
    private final List<MeetingEvent> sent = new ArrayList<>();
    private List<AudioLine> lines = List.of();

    @BeforeEach
    void wire() {
        relay.audio = new AudioBridge() {
            @Override
            public Optional<DialIn> dialIn(String meeting) {
                return Optional.empty();
            }

            @Override
            public void call(String meeting, String user) {
                throw new AssertionError("not called");
            }

            @Override
            public List<AudioLine> lines(String meeting) {
                return "m1".equals(meeting) ? lines : List.of();
            }
        };
        relay.bus = sent::add;
    }

    @Test
    void anEventShouldGoOnlyWhenTheLinesChangedWithAHigherVersionEachTime() {
        relay.changed("m1");
        assertEquals(List.of(), sent, "no conference, nothing to tell");
        lines = List.of(new AudioLine("bob", AudioLine.State.RINGING, false, false));
        relay.changed("m1");
        relay.changed("m1");
        assertEquals(1, sent.size(), "the same lines again are not sent");
        lines = List.of(new AudioLine("bob", AudioLine.State.CONNECTED, false, true));
        relay.changed("m1");
        lines = List.of();
        relay.changed("m1");
        relay.changed("m1");
        assertEquals(3, sent.size(), sent.toString());
        var first = sent.get(0);
        assertEquals("audio", first.type());
        assertEquals(0, first.seq(), "not logged");
        assertTrue(first.forEveryone());
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("user", "bob").add("state", "ringing")
                .add("muted", false).add("talking", false)).build(), first.body().getJsonArray("participants"));
        assertTrue(version(sent.get(1).body()) > version(first.body()));
        assertTrue(version(sent.get(2).body()) > version(sent.get(1).body()));
        assertEquals(List.of(), sent.get(2).body().getJsonArray("participants"), "the call is over");
    }

    @Test
    void everyServerShouldKeepTheNewestLinesForJoinersAndForgetThemWhenTheMeetingEnds() {
        assertEquals(0, version(heard.of("m1")));
        lines = List.of(new AudioLine("bob", AudioLine.State.RINGING, false, false));
        relay.changed("m1");
        lines = List.of(new AudioLine("bob", AudioLine.State.CONNECTED, true, false));
        relay.changed("m1");
        heard.onEvent(sent.get(1));
        heard.onEvent(sent.get(0));
        assertEquals(sent.get(1).body(), heard.of("m1"), "an older event arriving late changes nothing");
        assertEquals(0, version(heard.of("m2")));
        heard.onEvent(new MeetingEvent("m1", 9, Instant.now(), "ended", "alice", JsonObject.EMPTY_JSON_OBJECT, Set.of()));
        assertEquals(0, version(heard.of("m1")));
    }

    private static long version(JsonObject audio) {
        return audio.getJsonNumber("version").longValue();
    }
}
