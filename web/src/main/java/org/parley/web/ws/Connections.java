package org.parley.web.ws;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceListener;
import org.parley.presence.PresenceFanout;

/**
 * This server's WebSocket connections and who watches whom. A presence change costs one map
 * look-up plus one queued send per watching connection. Thread safety: concurrent maps of
 * concurrent sets; a connection's outbox serializes its own sends.
 */
@ApplicationScoped
public class Connections implements PresenceListener {

    @EJB
    PresenceFanout fanout;

    @Inject
    @ConfigProperty(name = "parley.ws.outboxCapacity", defaultValue = "1000")
    int outboxCapacity;

    private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> watchersByUser = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> watchedBySession = new ConcurrentHashMap<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Being observed makes the bean start with the application and register below.
    }

    @PostConstruct
    void register() {
        fanout.register(this);
    }

    @PreDestroy
    void unregister() {
        fanout.unregister(this);
    }

    void opened(Session session) {
        outboxes.put(session.getId(), new Outbox(session, outboxCapacity));
    }

    void closed(Session session) {
        outboxes.remove(session.getId());
        var watched = watchedBySession.remove(session.getId());
        if (watched != null) {
            watched.forEach(user -> watchersByUser.computeIfPresent(user, (u, set) -> {
                set.remove(session.getId());
                return set.isEmpty() ? null : set;
            }));
        }
    }

    void watch(Session session, String user) {
        watchersByUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(session.getId());
        watchedBySession.computeIfAbsent(session.getId(), s -> ConcurrentHashMap.newKeySet()).add(user);
    }

    void send(Session session, String text) {
        var outbox = outboxes.get(session.getId());
        if (outbox != null) {
            outbox.send(text);
        }
    }

    /** How many connections this server holds. */
    public int count() {
        return outboxes.size();
    }

    @Override
    public void onChange(PresenceChange change) {
        var watchers = watchersByUser.get(change.presence().user());
        if (watchers == null) {
            return;
        }
        var text = Protocol.presence(change.presence()).toString();
        for (var id : watchers) {
            var outbox = outboxes.get(id);
            if (outbox != null) {
                outbox.send(text);
            }
        }
    }
}
