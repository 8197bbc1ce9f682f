package org.parley.telephony;

/** Where one participant of a conference call stands, with its wire name. */
public enum ParticipantState {
    /** Invited but not rung (a meeting's conference that others joined): may dial in or be rung. */
    INVITED("invited"),
    /** Their phone rings. */
    RINGING("ringing"),
    /** In the conference: their audio is mixed. */
    CONNECTED("connected"),
    /** They were connected and hung up, or were hung up. */
    LEFT("left"),
    /** They declined (486, 603) or are on Do Not Disturb. */
    REFUSED("refused"),
    /** They could not be reached: no phone registered, no answer, an error. */
    FAILED("failed");

    private final String wireName;

    ParticipantState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The state of a wire name. */
    public static ParticipantState ofWireName(String name) {
        for (var state : values()) {
            if (state.wireName.equals(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException("No participant state " + name);
    }

    /** Whether the participant is on the call or about to be (ringing). */
    public boolean isActive() {
        return this == RINGING || this == CONNECTED;
    }
}
