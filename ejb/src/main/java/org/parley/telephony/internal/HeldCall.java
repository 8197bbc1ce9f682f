package org.parley.telephony.internal;

import org.parley.telephony.CallState;
import org.parley.telephony.CallView;

/**
 * A click-to-call held in memory with its user and the sequence number of its latest change.
 * Each change gets the next number, so a client that receives the events of one call out of
 * order (they are published from different threads) keeps the newest and drops an older one.
 *
 * @param user whose call it is
 * @param view the call as its user sees it
 * @param seq the number of this change, 1 for the first; increases by one with each change
 */
record HeldCall(String user, CallView view, long seq) {

    /** The call as it starts: its first change. */
    static HeldCall started(String user, CallView view) {
        return new HeldCall(user, view, 1);
    }

    /** The call after a change; a call already over stays as it is (and keeps its number). */
    HeldCall advance(CallState state, String reason) {
        if (view.state().isFinal()) {
            return this;
        }
        var next = new CallView(view.id(), view.to(), view.from(), state, reason == null ? "" : reason);
        return new HeldCall(user, next, seq + 1);
    }
}
