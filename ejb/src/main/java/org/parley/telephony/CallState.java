package org.parley.telephony;

/** The states of a click-to-call (third-party call control), with their wire names. */
public enum CallState {
    /** Parley rings the caller's own phone first. */
    RINGING("ringing"),
    /** The caller answered; Parley rings the callee. */
    CALLING("calling"),
    /** Both answered and are connected. */
    CONNECTED("connected"),
    /** The callee (or the caller's phone) refused: busy or declined. */
    REFUSED("refused"),
    /** The call could not be made: nobody answered, a phone was unreachable. */
    FAILED("failed"),
    /** Someone hung up after it connected, or it was cancelled. */
    ENDED("ended");

    private final String wireName;

    CallState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the call is over. */
    public boolean isFinal() {
        return this == REFUSED || this == FAILED || this == ENDED;
    }
}
