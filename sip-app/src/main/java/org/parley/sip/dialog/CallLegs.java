package org.parley.sip.dialog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.sip.dialog.DialogLeg.State;

/**
 * The calls of this edge, as the dialog event package sees them: the call proxy reports each call
 * it proxies, and the legs Parley places itself (click-to-call, a conference ringing a phone) and
 * the phones that dial into a conference are reported the same way, from the INVITE (trying)
 * through ringing (early) and the answer (confirmed) to the end (terminated); the listeners hear
 * every change. A call is held from its INVITE to its end only, so the map is bounded by the calls
 * in progress (which the proxy's ringing and longest-call limits, the click-to-call limit per user
 * and the conference limits end or bound). Thread-safe: a concurrent map changed per call
 * atomically, listeners on a copy-on-write list, told outside the map's locks.
 */
@ApplicationScoped
public class CallLegs {

    private static final Logger LOG = Logger.getLogger(CallLegs.class.getName());

    /** Hears every change of a call (after it, in the reporting thread). */
    interface Listener {
        void changed(Call call);
    }

    /**
     * Whose phones a call's dialog connects, which decides whose watchers hear of it and whether
     * the other side's identity is a person's (their privacy lists decide who sees it) or Parley's
     * conference (shown to whoever sees the leg).
     */
    public enum Origin {
        /** A call the proxy carries: both parties' phones are on it. */
        PROXIED(true, true, false),
        /** Parley rang the callee's phone (click-to-call); the caller is whom it connects them to. */
        PLACED(false, true, false),
        /** The conference focus rang the callee's phone; the caller is the conference. */
        CONFERENCE_OUT(false, true, true),
        /** The caller's phone dialled into the conference, the callee. */
        CONFERENCE_IN(true, false, true);

        private final boolean callerWatched;
        private final boolean calleeWatched;
        private final boolean conference;

        Origin(boolean callerWatched, boolean calleeWatched, boolean conference) {
            this.callerWatched = callerWatched;
            this.calleeWatched = calleeWatched;
            this.conference = conference;
        }
    }

    /**
     * One call: its sides (user ids, the number of a trunk call, or a conference's user part), their
     * tags and where it stands.
     *
     * @param hungUpBy who sent the BYE, empty when the call did not end with one
     */
    record Call(long id, String callId, String caller, String callerTag, String callee, String calleeTag,
            State state, String event, String hungUpBy, Origin origin) {

        /** The users whose phones are on the call, whose watchers hear of it. */
        List<String> parties() {
            if (origin != Origin.PROXIED) {
                return List.of(origin.callerWatched ? caller : callee);
            }
            return caller.equals(callee) ? List.of(caller) : List.of(caller, callee);
        }

        /** Whether the other side of a party's leg is a conference of Parley's, not a person. */
        boolean remoteIsConference() {
            return origin.conference;
        }

        Call to(State next, String tag, String why, String by) {
            return new Call(id, callId, caller, callerTag, callee, tag == null ? calleeTag : tag, next, why, by, origin);
        }

        /** The leg of {@code user} (a party) as a document's dialog, with the URIs given (empty: not shown). */
        DialogLeg legOf(String user, String localUri, String remoteUri) {
            boolean initiator = user.equals(caller);
            var why = hungUpBy.isEmpty() ? event : hungUpBy.equals(user) ? "local-bye" : "remote-bye";
            return new DialogLeg("call-" + id + (initiator ? "-i" : "-r"), callId, initiator ? callerTag : calleeTag,
                    initiator ? calleeTag : callerTag, initiator, state, why, localUri, remoteUri);
        }

        /** The other party of {@code user}'s leg. */
        String otherThan(String user) {
            return user.equals(caller) ? callee : caller;
        }
    }

    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** The proxy forwarded the INVITE {@code callId} of {@code caller} (From tag {@code callerTag}) to {@code callee}. */
    public void trying(String callId, String caller, String callerTag, String callee) {
        placed(callId, Origin.PROXIED, caller, callerTag, callee);
    }

    /**
     * Parley sent its INVITE {@code callId} (From tag {@code fromTag}) to the phone of {@code user}:
     * for {@link Origin#PLACED} on behalf of {@code from} (the user or number it connects them to),
     * for {@link Origin#CONFERENCE_OUT} from the conference {@code from} (its URI's user part).
     */
    public void placed(String callId, Origin origin, String from, String fromTag, String user) {
        add(new Call(ids.incrementAndGet(), callId, from, nonNull(fromTag), user, "", State.TRYING, "", "", origin));
    }

    /**
     * The phone of {@code user} dialled into {@code conference} (its URI's user part) with the
     * INVITE {@code callId} (From tag {@code userTag}) and the focus answered it (To tag {@code focusTag}).
     */
    public void dialledIn(String callId, String user, String userTag, String conference, String focusTag) {
        add(new Call(ids.incrementAndGet(), callId, user, nonNull(userTag), conference, nonNull(focusTag),
                State.CONFIRMED, "", "", Origin.CONFERENCE_IN));
    }

    private void add(Call call) {
        if (calls.putIfAbsent(call.callId(), call) == null) {
            tell(call);
        }
    }

    /** A device rings (a provisional response with the To tag {@code calleeTag}). */
    public void early(String callId, String calleeTag) {
        change(callId, c -> c.state() == State.TRYING || c.state() == State.EARLY
                ? c.to(State.EARLY, nonNull(calleeTag), "", "") : null);
    }

    /** A device answered (2xx with the To tag {@code calleeTag}). */
    public void confirmed(String callId, String calleeTag) {
        change(callId, c -> c.state() == State.CONFIRMED ? null : c.to(State.CONFIRMED, nonNull(calleeTag), "", ""));
    }

    /** The call ended before it was answered: {@code event} is rejected, cancelled, timeout or error (RFC 4235 4.1.1). */
    public void failed(String callId, String event) {
        end(callId, c -> c.to(State.TERMINATED, null, event, ""));
    }

    /** The answered call ended: a BYE of {@code byUser}, or none ({@code null}: it timed out). */
    public void hungUp(String callId, String byUser) {
        end(callId, c -> byUser == null ? c.to(State.TERMINATED, null, "timeout", "")
                : c.to(State.TERMINATED, null, "", byUser));
    }

    /** The calls in progress of {@code user}. */
    List<Call> of(String user) {
        return calls.values().stream().filter(c -> c.parties().contains(user)).toList();
    }

    void listen(Listener listener) {
        listeners.add(listener);
    }

    void unlisten(Listener listener) {
        listeners.remove(listener);
    }

    private void change(String callId, UnaryOperator<Call> change) {
        var changed = new Call[1];
        calls.computeIfPresent(callId, (k, c) -> {
            var next = change.apply(c);
            changed[0] = next;
            return next == null ? c : next;
        });
        if (changed[0] != null) {
            tell(changed[0]);
        }
    }

    private void end(String callId, UnaryOperator<Call> change) {
        var gone = calls.remove(callId);
        if (gone != null) {
            tell(change.apply(gone));
        }
    }

    private void tell(Call call) {
        for (var listener : listeners) {
            try {
                listener.changed(call);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Dialog state of call " + call.callId() + " not passed on: " + e);
            }
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
