package org.parley.web.csta;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.events.UserEvent;
import org.parley.events.UserEventFanout;
import org.parley.events.UserEventListener;
import org.parley.ops.Shutdown;
import org.parley.telephony.ClickToCallService;
import org.parley.web.security.CredentialCheck;

/**
 * What CSTA sessions need of the rest of Parley: signing in, the click-to-call service, and the
 * {@code call} user events that reach this server, handed to every live session (each keeps
 * those of the users it monitors). Thread safety: the sessions are a concurrent set.
 */
@ApplicationScoped
public class CstaGateway implements CstaSession.Services, UserEventListener {

    private static final Logger LOG = Logger.getLogger(CstaGateway.class.getName());

    private static final String CALL_EVENT = "call";

    @EJB
    UserEventFanout fanout;

    @EJB
    ClickToCallService calls;

    @Inject
    CredentialCheck credentials;

    private final Set<CstaSession> sessions = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void register() {
        fanout.register(this);
    }

    @PreDestroy
    void unregister() {
        Shutdown.leave(() -> fanout.unregister(this), LOG, "Leaving the user-event fan-out");
    }

    void opened(CstaSession session) {
        sessions.add(session);
    }

    void closed(CstaSession session) {
        sessions.remove(session);
    }

    @Override
    public void onEvent(UserEvent event) {
        if (!CALL_EVENT.equals(event.type()) || event.forEveryone() || sessions.isEmpty()) {
            return;
        }
        for (var user : event.recipients()) {
            sessions.forEach(session -> session.onCall(user, event.body()));
        }
    }

    @Override
    public Optional<String> signIn(String user, String password, String source) {
        return credentials.signIn(user, password.toCharArray(), source);
    }

    @Override
    public ClickToCallService calls() {
        return calls;
    }
}
