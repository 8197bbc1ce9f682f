package org.parley.meetings.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.error.ParleyException;
import org.parley.meetings.AudioBridge;
import org.parley.meetings.AudioLine;
import org.parley.meetings.MeetingBus;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingJson;
import org.parley.meetings.RoomAudio;

/**
 * On the server that mixes a meeting's conference: after each change it reads the conference's
 * lines and, only when they differ from the last ones sent, sends everyone in the room (on every
 * server, over the meeting bus) an unlogged {@code audio} event with all of them. Talking starts
 * and stops therefore cost one small event each, and nothing else. Each event carries a version
 * (increasing per meeting, from the clock in microseconds) so that receivers keep the newest
 * whatever order the bus delivers them in. Thread safety: one of a fixed set of monitors per
 * meeting guards reading the lines and numbering them; the send happens after.
 */
@ApplicationScoped
public class AudioRelay implements RoomAudio {

    private static final Logger LOG = Logger.getLogger(AudioRelay.class.getName());
    private static final int STRIPES = 32;

    @Inject
    AudioBridge audio;

    @Inject
    MeetingBus bus;

    /** The lines last sent per meeting, while a conference runs. */
    private record Sent(long version, List<AudioLine> lines) {
    }

    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final Object[] stripes = new Object[STRIPES];

    public AudioRelay() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public void changed(String meeting) {
        Sent next;
        synchronized (stripes[Math.floorMod(meeting.hashCode(), STRIPES)]) {
            var lines = List.copyOf(audio.lines(meeting));
            var last = sent.get(meeting);
            if (lines.equals(last == null ? List.of() : last.lines())) {
                return;
            }
            var micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
            next = new Sent(Math.max(micros, last == null ? 0 : last.version() + 1), lines);
            if (lines.isEmpty()) {
                sent.remove(meeting);
            } else {
                sent.put(meeting, next);
            }
        }
        try {
            bus.publish(new MeetingEvent(meeting, 0, Instant.now(), "audio", "",
                    MeetingJson.audio(next.version(), next.lines()), Set.of()));
        } catch (ParleyException e) {
            LOG.log(Level.WARNING, "The audio state of meeting " + meeting + " did not reach its room", e);
        }
    }
}
