package org.parley.people;

import java.time.ZonedDateTime;

/**
 * A person's local time.
 *
 * @param timeZone the IANA time zone id
 * @param time the current time there
 * @param source where the zone came from: "presence" (the person said so) or "office"
 */
public record LocalClock(String timeZone, ZonedDateTime time, String source) {
}
