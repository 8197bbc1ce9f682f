package org.parley.telephony;

/**
 * A port of the click-to-call service, owned by it and implemented by the edge that can place
 * calls (the SIP edge), which attaches itself while it runs. Implementations report every
 * change of a call back through {@link ClickToCallService#progressed}.
 */
public interface CallControl {

    /** Starts the call: rings its first leg. Returns at once. */
    void place(ClickToCall call);

    /** Hangs the call up, or cancels it if it is still ringing; nothing for an unknown call. */
    void hangUp(String callId);
}
