package org.parley.web.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
import org.parley.presence.PresenceFanout;
import org.parley.presence.PresenceListener;
import org.parley.presence.PresenceService;
import org.parley.privacy.PrivacyService;

/**
 * This server's WebSocket connections, by session and by user, and who watches whom. A presence change costs one map
 * look-up plus, per watching connection, one privacy check (served from this server's cache)
 * and one queued send: watchers the owner's privacy lists exclude are sent nothing.
 * Thread safety: concurrent maps of concurrent sets; a connection's outbox serializes its sends.
 */
@ApplicationScoped
public class Connections implements PresenceListener {

    /** One open connection: its session, its user, and its outgoing queue. */
    record Client(Session session, String user, String connectionId, Outbox outbox) {
    }

    @EJB
    PresenceFanout fanout;

    @EJB
    PrivacyService privacy;

    @EJB
    PresenceService presence;

    @Inject
    @ConfigProperty(name = "parley.ws.outboxCapacity", defaultValue = "1000")
    int outboxCapacity;

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> watchersByUser = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> watchedBySession = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sessionsByUser = new ConcurrentHashMap<>();

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

    Client opened(Session session, String user, String connectionId) {
        var client = new Client(session, user, connectionId, new Outbox(session, outboxCapacity));
        clients.put(session.getId(), client);
        sessionsByUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(session.getId());
        return client;
    }

    Client closed(Session session) {
        var client = clients.remove(session.getId());
        if (client != null) {
            sessionsByUser.computeIfPresent(client.user(), (u, set) -> {
                set.remove(session.getId());
                return set.isEmpty() ? null : set;
            });
        }
        var watched = watchedBySession.remove(session.getId());
        if (watched != null) {
            watched.forEach(user -> watchersByUser.computeIfPresent(user, (u, set) -> {
                set.remove(session.getId());
                return set.isEmpty() ? null : set;
            }));
        }
        return client;
    }

    Client client(Session session) {
        return clients.get(session.getId());
    }

    void watch(Session session, String user) {
        watchersByUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(session.getId());
        watchedBySession.computeIfAbsent(session.getId(), s -> ConcurrentHashMap.newKeySet()).add(user);
    }

    void send(Session session, String text) {
        var client = clients.get(session.getId());
        if (client != null) {
            client.outbox().send(text);
        }
    }

    /** The user's open connections on this server. */
    List<Client> ofUser(String user) {
        var ids = sessionsByUser.get(user);
        if (ids == null) {
            return List.of();
        }
        var result = new ArrayList<Client>(ids.size());
        for (var id : ids) {
            var client = clients.get(id);
            if (client != null) {
                result.add(client);
            }
        }
        return result;
    }

    /** Every open connection on this server. */
    Collection<Client> all() {
        return clients.values();
    }

    /** How many connections this server holds. */
    public int count() {
        return clients.size();
    }

    @Override
    public void onChange(PresenceChange change) {
        var owner = change.presence().user();
        var watchers = watchersByUser.get(owner);
        if (watchers == null) {
            return;
        }
        var text = Protocol.presence(change.presence()).toString();
        for (var id : watchers) {
            var client = clients.get(id);
            if (client != null && privacy.canSee(client.user(), owner)) {
                client.outbox().send(text);
            }
        }
    }

    @Override
    public void onPrivacyChange(String owner) {
        var watchers = watchersByUser.get(owner);
        if (watchers == null) {
            return;
        }
        for (var id : watchers) {
            var client = clients.get(id);
            if (client != null) {
                client.outbox().send(Protocol.presence(presence.current(client.user(), owner)).toString());
            }
        }
    }
}
