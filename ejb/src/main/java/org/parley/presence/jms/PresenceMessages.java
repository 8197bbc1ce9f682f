package org.parley.presence.jms;

import java.time.Instant;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceChange;

/** The wire form of a presence change on the topic: a map message with one entry per field. */
final class PresenceMessages {

    static final String USER = "user";
    static final String AVAILABILITY = "availability";
    static final String MESSAGE = "message";
    static final String SINCE = "since";
    static final String ORIGIN = "origin";

    private PresenceMessages() {
    }

    static void write(PresenceChange change, MapMessage m) throws JMSException {
        var p = change.presence();
        m.setString(USER, p.user());
        m.setString(AVAILABILITY, p.availability().name());
        m.setString(MESSAGE, p.message());
        m.setLong(SINCE, p.since().toEpochMilli());
        m.setString(ORIGIN, change.origin());
    }

    static PresenceChange read(MapMessage m) throws JMSException {
        var presence = new Presence(m.getString(USER), Availability.valueOf(m.getString(AVAILABILITY)),
                m.getString(MESSAGE), Instant.ofEpochMilli(m.getLong(SINCE)));
        return new PresenceChange(presence, m.getString(ORIGIN));
    }
}
