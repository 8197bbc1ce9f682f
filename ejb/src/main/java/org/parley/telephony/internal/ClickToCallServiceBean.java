package org.parley.telephony.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.Json;

import org.parley.error.ParleyException;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;
import org.parley.telephony.CallControl;
import org.parley.telephony.CallRoute;
import org.parley.telephony.CallService;
import org.parley.telephony.CallState;
import org.parley.telephony.CallView;
import org.parley.telephony.ClickToCall;
import org.parley.telephony.ClickToCallService;
import org.parley.telephony.RegistrarService;
import org.parley.telephony.Registration;

/**
 * Click-to-call: checks both legs with the call rules (the callee as any call, the caller's own
 * devices or number), hands the call to the attached edge and tells the user of every change.
 * Calls in progress are held in memory on the server that placed them. Thread safety:
 * bean-managed concurrency; the calls are in a concurrent map and each change replaces an entry.
 */
@Singleton
@Local(ClickToCallService.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClickToCallServiceBean implements ClickToCallService {

    private static final Logger LOG = Logger.getLogger(ClickToCallServiceBean.class.getName());
    /** Calls one user may have going on at once: enough for a transfer, too few to ring a floor. */
    static final int MAX_CALLS_PER_USER = 2;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    private static final Pattern TARGET = Pattern.compile("[+]?[0-9]{2,20}|[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String EVENT = "call";

    @EJB
    CallService rules;

    @EJB
    RegistrarService registrar;

    @Inject
    UserEventBus events;

    private final Map<String, Held> calls = new ConcurrentHashMap<>();
    private volatile CallControl control;

    private record Held(String user, CallView view) {
    }

    @Override
    public CallView start(String user, String to, String from) {
        var callee = target(to, "to");
        if (callee.equals(user)) {
            throw new ParleyException.Invalid("You cannot call yourself");
        }
        var number = from == null || from.isBlank() || DEVICE.equals(from.strip()) ? null : number(from);
        var toCallee = rules.route(user, callee);
        if (toCallee instanceof CallRoute.Unreachable u && u.why() == CallRoute.Why.NO_SUCH_USER) {
            reachable(toCallee); // nobody to call: say so before anything about the caller's phone
        }
        var first = firstLeg(user, number);
        var second = reachable(toCallee);
        var edge = control;
        if (edge == null) {
            throw new ParleyException.Unavailable("No SIP edge runs on this server; calls cannot be placed");
        }
        if (calls(user).size() >= MAX_CALLS_PER_USER) {
            throw new ParleyException.Conflict("too-many-calls",
                    "You have " + MAX_CALLS_PER_USER + " calls going on; hang one up first");
        }
        var id = UUID.randomUUID().toString();
        var shownFrom = first instanceof CallRoute.ToTrunk t ? t.number() : DEVICE;
        var view = new CallView(id, callee, shownFrom, CallState.RINGING, "");
        calls.put(id, new Held(user, view));
        tell(user, view);
        edge.place(new ClickToCall(id, user, first, second));
        return calls.getOrDefault(id, new Held(user, view)).view();
    }

    private static String number(String from) {
        var number = target(from, "from");
        if (!number.matches("[+]?[0-9]{2,20}")) {
            throw new ParleyException.Invalid("'from' is \"device\" or a telephone number");
        }
        return number;
    }

    private CallRoute firstLeg(String user, String number) {
        if (number == null) {
            var devices = registrar.bindings(user).stream().map(Registration::contact).toList();
            if (devices.isEmpty()) {
                throw new ParleyException.Conflict("no-device",
                        "You have no phone registered; register one or give a number to be called at");
            }
            return new CallRoute.ToDevices(user, devices);
        }
        return reachable(rules.route(user, number));
    }

    private static String target(String value, String field) {
        var text = value == null ? "" : value.strip();
        if (text.startsWith("+") || text.matches("[0-9\\s().-]+")) {
            text = SEPARATORS.matcher(text).replaceAll("");
        }
        if (!TARGET.matcher(text).matches()) {
            throw new ParleyException.Invalid("'" + field + "' is a user id or a telephone number (digits, optional +)");
        }
        return text;
    }

    private static CallRoute reachable(CallRoute route) {
        if (route instanceof CallRoute.Unreachable u) {
            throw switch (u.why()) {
                case NO_SUCH_USER -> new ParleyException.NotFound(u.detail());
                case NO_DEVICE -> new ParleyException.Conflict("no-device", u.detail());
                case DO_NOT_DISTURB -> new ParleyException.Conflict("callee-dnd", u.detail());
                case NO_TRUNK -> new ParleyException.Conflict("no-trunk", u.detail());
                case NUMBER_NOT_ALLOWED -> new ParleyException.Forbidden(u.detail());
            };
        }
        return route;
    }

    @Override
    public List<CallView> calls(String user) {
        return calls.values().stream().filter(h -> h.user().equals(user)).map(Held::view).toList();
    }

    @Override
    public void hangUp(String user, String callId) {
        var held = callId == null ? null : calls.get(callId);
        if (held == null || !held.user().equals(user)) {
            throw new ParleyException.NotFound("You have no call " + callId + " going on");
        }
        var edge = control;
        if (edge != null) {
            edge.hangUp(callId);
        } else {
            progressed(callId, CallState.ENDED, "hung up");
        }
    }

    @Override
    public void progressed(String callId, CallState state, String reason) {
        var held = calls.computeIfPresent(callId, (id, h) -> h.view().state().isFinal() ? h
                : new Held(h.user(), new CallView(id, h.view().to(), h.view().from(), state, reason == null ? "" : reason)));
        if (held == null || held.view().state() != state) {
            return;
        }
        if (state.isFinal()) {
            calls.remove(callId);
            rules.ended(callId);
        } else if (state == CallState.CONNECTED) {
            rules.connected(callId, List.of(held.user(), held.view().to()));
        }
        tell(held.user(), held.view());
    }

    private void tell(String user, CallView view) {
        try {
            events.publish(new UserEvent(java.util.Set.of(user), EVENT, Json.createObjectBuilder()
                    .add("id", view.id()).add("to", view.to()).add("from", view.from())
                    .add("state", view.state().wireName()).add("reason", view.reason()).build()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call event for " + user + " not published", e);
        }
    }

    @Override
    public void attach(CallControl edge) {
        control = edge;
    }

    @Override
    public void detach(CallControl edge) {
        if (control == edge) {
            control = null;
        }
    }
}
