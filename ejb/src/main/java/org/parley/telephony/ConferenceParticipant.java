package org.parley.telephony;

import java.util.Objects;

/**
 * One participant of a conference call.
 *
 * @param user the directory user
 * @param state where they stand
 * @param muted whether their audio is kept from the others
 * @param talking whether their audio is loud enough to count as speech now
 * @param reason why they are refused, failed or left, else empty
 */
public record ConferenceParticipant(String user, ParticipantState state, boolean muted, boolean talking, String reason) {

    public ConferenceParticipant {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
    }

    public ConferenceParticipant in(ParticipantState next, String why) {
        return new ConferenceParticipant(user, next, muted, next == ParticipantState.CONNECTED && talking, why);
    }

    public ConferenceParticipant muted(boolean value) {
        return new ConferenceParticipant(user, state, value, talking && !value, reason);
    }

    public ConferenceParticipant talking(boolean value) {
        return new ConferenceParticipant(user, state, muted, value, reason);
    }
}
