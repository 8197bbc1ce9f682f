package org.parley.telephony.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.parley.directory.OrgDirectory;
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
    private static final Pattern TARGET = Pattern.compile("[+]?[0-9]{2,20}|[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String EVENT = "call";
    /** A {@code from} of this prefix and a binding id rings that one of the caller's registered phones. */
    private static final String CHOSEN_DEVICE = DEVICE + ":";

    @EJB
    CallService rules;

    @EJB
    RegistrarService registrar;

    @Inject
    UserEventBus events;

    @Inject
    OrgDirectory directory;

    /**
     * Whether "Call me at" may ring any number the trunk allows; by default only the caller's own
     * office and mobile numbers from the directory, so that nobody makes Parley ring a stranger.
     */
    @Inject
    @ConfigProperty(name = "parley.calls.callMeAtAnyNumber", defaultValue = "false")
    boolean callMeAtAnyNumber;

    private final Map<String, HeldCall> calls = new ConcurrentHashMap<>();
    private volatile CallControl control;

    @Override
    public CallView start(String user, String to, String from) {
        var callee = target(to, "to");
        if (callee.equals(user)) {
            throw new ParleyException.Invalid("You cannot call yourself");
        }
        var place = from == null ? "" : from.strip();
        var binding = place.startsWith(CHOSEN_DEVICE) ? bindingId(place.substring(CHOSEN_DEVICE.length())) : null;
        var number = binding != null || place.isEmpty() || DEVICE.equals(place) ? null : number(place);
        var toCallee = rules.route(user, callee);
        if (toCallee instanceof CallRoute.Unreachable u && u.why() == CallRoute.Why.NO_SUCH_USER) {
            reachable(toCallee); // nobody to call: say so before anything about the caller's phone
        }
        var first = firstLeg(user, binding, number);
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
        var started = HeldCall.started(user, view);
        calls.put(id, started);
        tell(started);
        edge.place(new ClickToCall(id, user, first, second));
        return calls.getOrDefault(id, started).view();
    }

    private static String number(String from) {
        var number = target(from, "from");
        if (!number.matches("[+]?[0-9]{2,20}")) {
            throw new ParleyException.Invalid("'from' is \"device\" or a telephone number");
        }
        return number;
    }

    private static String bindingId(String id) {
        if (!BindingIds.looksValid(id)) {
            throw new ParleyException.Invalid("'from' is \"device\", \"device:\" and the id of one of your registered phones"
                    + " (GET /api/v1/sip/registrations), or a telephone number");
        }
        return id;
    }

    /** The caller's own leg: the chosen phone, the registered phones (the newest rings), or a number. */
    private CallRoute firstLeg(String user, String binding, String number) {
        if (binding != null) {
            return registrar.bindings(user).stream().filter(r -> r.id().equals(binding)).findFirst()
                    .map(r -> (CallRoute) new CallRoute.ToDevices(user, List.of(r.contact())))
                    .orElseThrow(() -> new ParleyException.Invalid(
                            "'from' names no phone you have registered now; GET /api/v1/sip/registrations lists them"));
        }
        if (number == null) {
            var devices = registrar.bindings(user).stream().map(Registration::contact).toList();
            if (devices.isEmpty()) {
                throw new ParleyException.Conflict("no-device",
                        "You have no phone registered; register one or give a number to be called at");
            }
            return new CallRoute.ToDevices(user, devices);
        }
        if (!callMeAtAnyNumber && !DirectoryNumbers.of(directory, user).contains(number)) {
            throw new ParleyException.Forbidden("Parley rings you first only at your own office or mobile number"
                    + " from the directory, or at one of your registered phones");
        }
        return reachable(rules.route(user, number));
    }


    private static String target(String value, String field) {
        var text = value == null ? "" : value.strip();
        if (text.startsWith("+") || text.matches("[0-9\\s().-]+")) {
            text = DirectoryNumbers.SEPARATORS.matcher(text).replaceAll("");
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
        return calls.values().stream().filter(h -> h.user().equals(user)).map(HeldCall::view).toList();
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
        var held = calls.computeIfPresent(callId, (id, h) -> h.advance(state, reason));
        if (held == null || held.view().state() != state) {
            return;
        }
        if (state.isFinal()) {
            calls.remove(callId);
            rules.ended(callId);
        } else if (state == CallState.CONNECTED) {
            rules.connected(callId, List.of(held.user(), held.view().to()));
        }
        tell(held);
    }

    private void tell(HeldCall held) {
        var view = held.view();
        try {
            events.publish(new UserEvent(Set.of(held.user()), EVENT, Json.createObjectBuilder()
                    .add("id", view.id()).add("seq", held.seq()).add("to", view.to()).add("from", view.from())
                    .add("state", view.state().wireName()).add("reason", view.reason()).build()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call event for " + held.user() + " not published", e);
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
