package org.parley.presence;

import java.time.Instant;

/**
 * What the server keeps of a person's presence: what they chose, and what others see.
 *
 * @param chosen the state the person set
 * @param shown the presence others see, after aggregation over the person's connections
 */
public record StoredPresence(Availability chosen, Presence shown) {

    /** The state of someone who never set anything. */
    public static StoredPresence initial(String user) {
        return new StoredPresence(Availability.AVAILABLE, Presence.offline(user));
    }

    /** This presence with a new shown state, bumping the revision. */
    public StoredPresence show(Availability availability, StatusUpdate details, Instant at) {
        var p = shown;
        return new StoredPresence(chosen, new Presence(p.user(), availability, details.message(), details.location(),
                details.timeZone(), at, p.revision() + 1));
    }

    /** The details (message, location, time zone) currently shown, as an update. */
    public StatusUpdate details() {
        return new StatusUpdate(chosen, shown.message(), shown.location(), shown.timeZone());
    }
}
