package org.parley.telephony;

/**
 * The rules of calls that Parley proxies: who can be called, on which devices or through which
 * trunk, and what a call in progress does to its parties' presence ("On the phone").
 */
public interface CallService {

    /**
     * Where a call of {@code caller} to {@code target} (a user id or a number) goes. A Do Not Disturb
     * callee refuses everyone but the exceptions of their privacy lists, exactly as chat does.
     */
    CallRoute route(String caller, String target);

    /**
     * Where a call from outside Parley, which the trunk (PBX) passed in for {@code caller} (the
     * number it names), goes: only to a Parley user's devices. Such a caller is nobody's Do Not
     * Disturb exception; a target that is not a user is refused ({@code NUMBER_NOT_ALLOWED}:
     * Parley does not pass calls from the trunk back out), as is a caller that is not a number.
     */
    CallRoute routeFromTrunk(String caller, String target);

    /**
     * A call was answered: each Parley user among {@code parties} shows as on the phone until
     * {@link #ended} for the same call.
     *
     * @param callKey an id of the call unique on this server, such as its SIP Call-ID
     */
    void connected(String callKey, java.util.Collection<String> parties);

    /** The call ended (hang-up, cancel, failure or timeout): each party's own status comes back. */
    void ended(String callKey);
}
