package org.parley.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which server of a cluster hosts a conference (its SIP edge mixes it and its board holds its
 * state), on a lease the host renews while the conference runs.
 *
 * @param conference the conference's id
 * @param server the host's {@code parley.server.id}
 * @param address the conference's SIP URI at the host's edge, where phones dial in
 * @param renewed when the host last renewed its lease
 */
public record ConferenceHost(String conference, String server, String address, Instant renewed) {

    public ConferenceHost {
        Objects.requireNonNull(conference, "conference");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(renewed, "renewed");
    }

    /** Whether the lease still holds at {@code now}: renewed within {@code timeout}. */
    public boolean holds(Instant now, Duration timeout) {
        return renewed.plus(timeout).isAfter(now);
    }
}
