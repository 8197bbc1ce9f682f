package org.parley.telephony;

import java.util.List;

/**
 * Click-to-call ("Call…", "Call me at…"): Parley rings the user's own phone first, then the
 * callee, and connects them (third-party call control, RFC 3725). Call state changes reach the
 * user's clients as user events of type {@code call}.
 */
public interface ClickToCallService {

    /** Where the user is rung when they give no number: their registered devices. */
    String DEVICE = "device";

    /**
     * Starts a call of {@code user} to {@code to} (a user id or a number), ringing the user at
     * {@code from} ({@link #DEVICE} or null for their registered devices, the newest ringing;
     * {@code device:} and a binding id for that one of their registered phones; or a number).
     *
     * @throws org.parley.error.ParleyException.Invalid for a malformed target or number, or a
     *         binding id that is not one of the user's own registered phones
     * @throws org.parley.error.ParleyException.NotFound when {@code to} is neither a user nor a number
     * @throws org.parley.error.ParleyException.Conflict when the user or the callee has no device,
     *         the callee is on Do Not Disturb, or no trunk is configured for a number
     * @throws org.parley.error.ParleyException.Forbidden for a number the trunk may not call
     * @throws org.parley.error.ParleyException.Unavailable when no SIP edge runs on this server
     */
    CallView start(String user, String to, String from);

    /** The user's calls that are not over. */
    List<CallView> calls(String user);

    /**
     * Hangs up one of the user's calls.
     *
     * @throws org.parley.error.ParleyException.NotFound when the user has no such call going on
     */
    void hangUp(String user, String callId);

    /** The edge reports a change of a call; the user hears of it. */
    void progressed(String callId, CallState state, String reason);

    /** The edge that places calls attaches while it runs. */
    void attach(CallControl control);

    void detach(CallControl control);
}
