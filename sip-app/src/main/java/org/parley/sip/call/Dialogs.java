package org.parley.sip.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parley.telephony.CallService;

/**
 * The confirmed dialogs of calls this edge proxies (RFC 4235 state "confirmed"), keyed by Call-ID:
 * each one is reported to the call service when it is answered and when it ends (BYE through the
 * proxy, or the dialog outliving the longest call allowed, which catches calls whose BYE never
 * came). Thread-safe: a concurrent map; a dialog is reported ended once, by whoever removes it.
 */
final class Dialogs {

    private static final Logger LOG = Logger.getLogger(Dialogs.class.getName());

    private final CallService calls;
    private final Duration longest;
    private final Map<String, Confirmed> confirmed = new ConcurrentHashMap<>();

    /** One answered call: its parties and when it was answered. */
    record Confirmed(String callId, List<String> parties, Instant since) {
    }

    Dialogs(CallService calls, Duration longest) {
        this.calls = calls;
        this.longest = longest;
    }

    /** A 2xx answered the call's INVITE; a second 2xx (another fork) changes nothing. */
    void confirmed(String callId, List<String> parties) {
        if (confirmed.putIfAbsent(callId, new Confirmed(callId, List.copyOf(parties), Instant.now())) == null) {
            try {
                calls.connected(callId, parties);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call " + callId + " connected but presence not updated", e);
            }
        }
    }

    /** The dialog ended; nothing happens for a dialog that is not known (or already ended). */
    void ended(String callId) {
        if (confirmed.remove(callId) != null) {
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
                ended(call.callId());
            }
        }
    }

    /** Ends every dialog (the edge stops). */
    void endAll() {
        List.copyOf(confirmed.keySet()).forEach(this::ended);
    }
}
