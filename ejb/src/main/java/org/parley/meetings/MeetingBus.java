package org.parley.meetings;

/**
 * Carries meeting events to every server, this one included, so that participants connected to
 * different servers share one room. Inside a transaction an event leaves only on commit.
 */
public interface MeetingBus {

    /** @throws org.parley.error.ParleyException.Unavailable when the broker cannot take it */
    void publish(MeetingEvent event);
}
