package org.parley.presence;

/**
 * Statuses that follow what a person is doing rather than what they chose: "On the phone"
 * during a call, "In a meeting" in a meeting room. Every feature that shows such a status goes
 * through this one place, so that they compose: a person in a meeting who takes a call is on
 * the phone, back in the meeting when the call ends, and back to their own status when the last
 * engagement ends. A person who sets a status themselves while engaged keeps it: nothing is
 * restored over their choice.
 */
public interface Engagements {

    /**
     * The user is now engaged in {@code key} (a call, a meeting; keys are unique across kinds),
     * which shows {@code status} with {@code message} while it is the strongest engagement.
     */
    void begin(String key, String user, Availability status, String message);

    /** The user's part in {@code key} ended. */
    void end(String key, String user);

    /** {@code key} ended for everyone in it. */
    void endAll(String key);
}
