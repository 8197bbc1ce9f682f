package org.parley.presence.jms;

import java.time.Instant;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceChange;

/**
 * The wire form of presence-topic messages: map messages whose "kind" says what they carry, a
 * presence change or the privacy change of an owner.
 */
final class PresenceMessages {

    static final String KIND = "kind";
    static final String KIND_PRESENCE = "presence";
    static final String KIND_PRIVACY = "privacy";
    static final String USER = "user";
    static final String AVAILABILITY = "availability";
    static final String MESSAGE = "message";
    static final String LOCATION = "location";
    static final String TIME_ZONE = "timeZone";
    static final String SINCE = "since";
    static final String REVISION = "revision";
    static final String ORIGIN = "origin";

    private PresenceMessages() {
    }

    static void write(PresenceChange change, MapMessage m) throws JMSException {
        var p = change.presence();
        m.setString(KIND, KIND_PRESENCE);
        m.setString(USER, p.user());
        m.setString(AVAILABILITY, p.availability().name());
        m.setString(MESSAGE, p.message());
        m.setString(LOCATION, p.location());
        m.setString(TIME_ZONE, p.timeZone());
        m.setLong(SINCE, p.since().toEpochMilli());
        m.setLong(REVISION, p.revision());
        m.setString(ORIGIN, change.origin());
    }

    static void writePrivacy(String owner, MapMessage m) throws JMSException {
        m.setString(KIND, KIND_PRIVACY);
        m.setString(USER, owner);
    }

    static boolean isPrivacy(MapMessage m) throws JMSException {
        return KIND_PRIVACY.equals(m.getString(KIND));
    }

    static String user(MapMessage m) throws JMSException {
        return m.getString(USER);
    }

    static PresenceChange read(MapMessage m) throws JMSException {
        var presence = new Presence(m.getString(USER), Availability.valueOf(m.getString(AVAILABILITY)),
                m.getString(MESSAGE), m.getString(LOCATION), m.getString(TIME_ZONE),
                Instant.ofEpochMilli(m.getLong(SINCE)), m.getLong(REVISION));
        return new PresenceChange(presence, m.getString(ORIGIN));
    }
}
