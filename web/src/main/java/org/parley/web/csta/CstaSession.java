package org.parley.web.csta;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonObject;

import org.parley.error.ParleyException;
import org.parley.telephony.ClickToCallService;
import org.parley.web.security.SignInRefused;

/**
 * One CSTA application's session on one connection: it must first sign in
 * (StartApplicationSession with a directory user's credentials); then it acts for that user only:
 * MakeCall from the user's own device (or "call me at" a number), ClearConnection of the user's
 * calls, monitors of the user's own device whose call events go to {@code events}. Errors are
 * answered as CSTAErrorCode; nothing here can affect another session. Thread safety: requests
 * come from the connection's one reader thread; monitors are a concurrent map; call events are
 * handled one at a time (synchronized), in the call's order ({@link CstaCallOrder}).
 */
final class CstaSession {

    private static final Logger LOG = Logger.getLogger(CstaSession.class.getName());
    /** Monitors one session may hold. */
    static final int MAX_MONITORS = 4;

    /** What a session needs of the server: signing in and the click-to-call service. */
    interface Services {
        /** The user id when the password is theirs; empty when not. */
        Optional<String> signIn(String user, String password, String source);

        ClickToCallService calls();
    }

    private final Services services;
    private final String source;
    private final Consumer<String> events;
    private final CstaDecoder decoder = new CstaDecoder();
    private final CstaEncoder encoder = new CstaEncoder();
    private final CstaCallEvents callEvents = new CstaCallEvents();
    private final CstaCallOrder order = new CstaCallOrder();
    private final Map<String, String> monitors = new ConcurrentHashMap<>();
    private final AtomicInteger crossRefs = new AtomicInteger();
    private volatile String user;

    CstaSession(Services services, String source, Consumer<String> events) {
        this.services = services;
        this.source = source;
        this.events = events;
    }

    /** Whether the session signed in. */
    boolean signedIn() {
        return user != null;
    }

    /** The answer to one message. */
    String handle(byte[] xml) {
        try {
            var request = decoder.decode(xml);
            if (request instanceof CstaRequest.StartSession start) {
                return start(start);
            }
            if (user == null) {
                throw CstaError.operation("securityViolation", "sign in with StartApplicationSession first");
            }
            return serve(request);
        } catch (CstaError e) {
            LOG.log(Level.FINE, "CSTA {0} from {1}: {2}/{3}: {4}",
                    new Object[] {user, source, e.category(), e.value(), e.getMessage()});
            return encoder.error(e);
        }
    }

    private String start(CstaRequest.StartSession start) throws CstaError {
        if (user != null) {
            throw CstaError.operation("requestIncompatibleWithObject", "this session is signed in already");
        }
        try {
            var known = services.signIn(start.user(), start.password(), source);
            if (known.isEmpty()) {
                return encoder.sessionRefused("invalidApplicationInfo");
            }
            user = known.get();
            LOG.log(Level.INFO, "CSTA session of {0} ({1}) from {2}", new Object[] {user, start.applicationId(), source});
            return encoder.sessionStarted(UUID.randomUUID().toString());
        } catch (SignInRefused e) {
            return encoder.sessionRefused("resourceBusy");
        }
    }

    private String serve(CstaRequest request) throws CstaError {
        try {
            if (request instanceof CstaRequest.MakeCall call) {
                return makeCall(call);
            }
            if (request instanceof CstaRequest.ClearConnection clear) {
                services.calls().hangUp(user, clear.callId());
                return encoder.clearConnectionResponse();
            }
            if (request instanceof CstaRequest.MonitorStart start) {
                return monitorStart(start);
            }
            var stop = (CstaRequest.MonitorStop) request;
            if (monitors.remove(stop.crossRefId()) == null) {
                throw CstaError.operation("invalidCrossRefID", "no monitor " + stop.crossRefId());
            }
            return encoder.monitorStopResponse();
        } catch (ParleyException e) {
            throw CstaErrors.of(request, e);
        }
    }

    private String makeCall(CstaRequest.MakeCall call) throws CstaError {
        var calling = call.callingDevice();
        String from;
        if (calling.equals(user)) {
            from = ClickToCallService.DEVICE;
        } else if (calling.matches("[+]?[0-9][0-9 ().-]+")) {
            from = calling;
        } else {
            throw CstaError.operation("privilegeViolationOnCallingDevice", user + " may not call from " + calling);
        }
        var placed = services.calls().start(user, call.calledDirectoryNumber(), from);
        return encoder.makeCallResponse(placed.id(), calling);
    }

    private String monitorStart(CstaRequest.MonitorStart start) throws CstaError {
        if (!start.device().equals(user)) {
            throw CstaError.operation("privilegeViolationOnSpecifiedDevice", user + " may monitor only their own device");
        }
        if (monitors.size() >= MAX_MONITORS) {
            throw new CstaError("systemResourceAvailability", "resourceLimitExceeded", MAX_MONITORS + " monitors at most");
        }
        var crossRef = Integer.toString(crossRefs.incrementAndGet());
        monitors.put(crossRef, start.device());
        return encoder.monitorStartResponse(crossRef);
    }

    /**
     * A click-to-call of {@code callUser} changed: its events, in the call's order, go to each
     * of this session's monitors of that user. Synchronized: event threads call it concurrently.
     */
    synchronized void onCall(String callUser, JsonObject call) {
        if (!monitors.containsValue(callUser)) {
            return;
        }
        for (var state : order.next(call)) {
            monitors.forEach((crossRef, device) -> {
                if (device.equals(callUser)) {
                    callEvents.of(crossRef, device, state).forEach(events);
                }
            });
        }
    }
}
