package org.parley.telephony;

import java.util.Objects;

/**
 * A click-to-call as Parley places it (RFC 3725): it rings {@code first} (the caller's own phone)
 * and, once that answers, {@code second} (the callee), then connects the two.
 *
 * @param id the call's id
 * @param user the Parley user who asked for the call
 * @param first where the caller is rung: their devices, or a number through the trunk
 * @param second where the callee is rung
 */
public record ClickToCall(String id, String user, CallRoute first, CallRoute second) {

    public ClickToCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        if (first instanceof CallRoute.Unreachable || second instanceof CallRoute.Unreachable) {
            throw new IllegalArgumentException("both legs of a call must be reachable");
        }
    }

    /** Who the callee is for Parley: the user id, or the number. */
    public String callee() {
        return party(second);
    }

    /** The caller's side as their phone shows it: the user, or the number they are rung at. */
    public static String party(CallRoute route) {
        if (route instanceof CallRoute.ToDevices d) {
            return d.callee();
        }
        return ((CallRoute.ToTrunk) route).number();
    }
}
