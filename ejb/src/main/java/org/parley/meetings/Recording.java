package org.parley.meetings;

import java.time.Instant;

/**
 * A recording of a meeting's events.
 *
 * @param id the recording's id
 * @param meeting the meeting's id
 * @param title the meeting's title when it was recorded
 * @param owner the moderator who started it (may delete it, as may an administrator)
 * @param startedAt when recording started
 * @param stoppedAt when it stopped, or null while it runs
 * @param events how many events it holds (0 while it runs)
 */
public record Recording(String id, String meeting, String title, String owner, Instant startedAt, Instant stoppedAt,
                        int events) {
}
