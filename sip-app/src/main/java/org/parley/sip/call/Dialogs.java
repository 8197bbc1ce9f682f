package org.parley.sip.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parley.sip.dialog.CallLegs;
import org.parley.telephony.CallService;

/**
 * The confirmed dialogs of calls this edge proxies (RFC 4235 state "confirmed"), keyed by Call-ID:
 * each one is reported to the call service when it is answered and when it ends (BYE through the
 * proxy, or the dialog outliving the longest call allowed, which catches calls whose BYE never
 * came). Every state of a call, from the forwarded INVITE to its end, is also reported to the
 * dialog event package ({@link CallLegs}): this is the one place the proxy tells others about its
 * calls. It also keeps the {@link CSeqShift} of a call whose INVITE went again with the trunk's
 * credentials. Thread-safe: concurrent maps; a dialog is reported ended once, by whoever removes it.
 */
final class Dialogs {

    private static final Logger LOG = Logger.getLogger(Dialogs.class.getName());

    private final CallService calls;
    private final CallLegs legs;
    private final Duration longest;
    private final Map<String, Confirmed> confirmed = new ConcurrentHashMap<>();
    private final Map<String, CSeqShift> shifts = new ConcurrentHashMap<>();

    /** One answered call: its parties and when it was answered. */
    record Confirmed(String callId, List<String> parties, Instant since) {
    }

    Dialogs(CallService calls, CallLegs legs, Duration longest) {
        this.calls = calls;
        this.legs = legs;
        this.longest = longest;
    }

    /** The INVITE {@code callId} of {@code caller} (its From tag {@code callerTag}) was forwarded towards {@code callee}. */
    void trying(String callId, String caller, String callerTag, String callee) {
        legs.trying(callId, caller, callerTag, callee);
    }

    /** A device of the callee rings (a provisional response above 100 with its To tag). */
    void early(String callId, String calleeTag) {
        legs.early(callId, calleeTag);
    }

    /** The call ended unanswered: {@code why} is rejected, cancelled or timeout. */
    void failed(String callId, String why) {
        legs.failed(callId, why);
    }

    /** A 2xx (To tag {@code calleeTag}) answered the call's INVITE; a second 2xx (another fork) changes nothing. */
    void confirmed(String callId, List<String> parties, String calleeTag) {
        if (confirmed.putIfAbsent(callId, new Confirmed(callId, List.copyOf(parties), Instant.now())) == null) {
            legs.confirmed(callId, calleeTag);
            try {
                calls.connected(callId, parties);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call " + callId + " connected but presence not updated", e);
            }
        }
    }

    /** The caller's requests of the call go to the trunk with CSeq numbers {@code shift} ahead; kept until it ends. */
    void shifted(String callId, CSeqShift shift) {
        shifts.put(callId, shift);
    }

    /** The CSeq shift of a dialog, if its INVITE went again with credentials. */
    Optional<CSeqShift> shiftOf(String callId) {
        return Optional.ofNullable(shifts.get(callId));
    }

    /**
     * The dialog ended, by a BYE of {@code byUser} (null: without a BYE); nothing happens for a
     * dialog that is not known (or already ended).
     */
    void ended(String callId, String byUser) {
        shifts.remove(callId);
        if (confirmed.remove(callId) != null) {
            legs.hungUp(callId, byUser);
            try {
                calls.ended(callId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call " + callId + " ended but presence not restored", e);
            }
        }
    }

    /** Whether the call is answered and not ended. */
    boolean isConfirmed(String callId) {
        return confirmed.containsKey(callId);
    }

    /** Ends the dialogs older than the longest call allowed. */
    void expire(Instant now) {
        for (var call : List.copyOf(confirmed.values())) {
            if (call.since().plus(longest).isBefore(now)) {
                LOG.log(Level.INFO, "Call {0} ended after {1} without a BYE", new Object[] {call.callId(), longest});
                ended(call.callId(), null);
            }
        }
    }

    /** Ends every dialog (the edge stops). */
    void endAll() {
        List.copyOf(confirmed.keySet()).forEach(callId -> ended(callId, null));
    }
}
