package org.parley.web.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.ops.Shutdown;
import org.parley.presence.Presence;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceFanout;
import org.parley.presence.PresenceListener;
import org.parley.presence.PresenceService;
import org.parley.privacy.PrivacyService;

/**
 * This server's WebSocket connections, by session and by user, and who watches whom. A presence
 * change costs one map look-up and one look-up of the owner's privacy lists (served from this
 * server's cache), then per watching connection one test and one queued send: watchers the
 * owner's privacy lists exclude are sent nothing.
 * Thread safety: concurrent maps of concurrent sets; a connection's outbox serializes its sends.
 */
@ApplicationScoped
public class Connections implements PresenceListener {

    private static final Logger LOG = Logger.getLogger(Connections.class.getName());

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

    @Inject
    Senders senders;

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> watchersByUser = new ConcurrentHashMap<>();
    /** Per session: each watched user and the revision of their presence last sent to it (-1: none yet). */
    private final Map<String, Map<String, Long>> watchedBySession = new ConcurrentHashMap<>();
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
        Shutdown.leave(() -> fanout.unregister(this), LOG, "Leaving the presence fan-out");
    }

    Client opened(Session session, String user, String connectionId) {
        var client = new Client(session, user, connectionId, new Outbox(session, outboxCapacity, senders.executor()));
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
            watched.keySet().forEach(user -> watchersByUser.computeIfPresent(user, (u, set) -> {
                set.remove(session.getId());
                return set.isEmpty() ? null : set;
            }));
        }
        return client;
    }

    Client client(Session session) {
        return clients.get(session.getId());
    }

    /** Starts sending the session every change of the user's presence (before its current presence is read). */
    void watch(Session session, String user) {
        watchedBySession.computeIfAbsent(session.getId(), s -> new ConcurrentHashMap<>()).putIfAbsent(user, -1L);
        watchersByUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(session.getId());
    }

    /** Stops watching a user that turned out not to exist. */
    void unwatch(Session session, String user) {
        var watched = watchedBySession.get(session.getId());
        if (watched != null) {
            watched.remove(user);
        }
        watchersByUser.computeIfPresent(user, (u, set) -> {
            set.remove(session.getId());
            return set.isEmpty() ? null : set;
        });
    }

    /** Why a presence is sent to a watching session, which decides whether an older one may follow a newer. */
    enum Send {
        /** A change: only when newer than what the session has. */
        CHANGE,
        /** The answer to a watch: unless older than what the session has (a change may have crossed it). */
        ANSWER,
        /** What privacy lists now let the session see: whatever its revision. */
        PRIVACY
    }

    /**
     * Queues a presence for a watching session unless the reason for sending forbids it, so a
     * session is never sent a step back. The check and the queueing are atomic per session and user.
     */
    void sendPresence(Client client, Presence presence, Send why) {
        sendPresence(client, presence, Protocol.presence(presence).toString(), why);
    }

    /** As {@link #sendPresence(Client, Presence, Send)}, with the message already encoded (once for a whole fan-out). */
    private void sendPresence(Client client, Presence presence, String text, Send why) {
        var watched = watchedBySession.get(client.session().getId());
        if (watched == null) {
            return;
        }
        watched.computeIfPresent(presence.user(), (user, sent) -> {
            long revision = presence.revision();
            boolean skip = why == Send.CHANGE ? revision <= sent : why == Send.ANSWER && revision < sent;
            if (skip) {
                return sent;
            }
            client.outbox().send(text);
            return presence.revision();
        });
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
        var audience = privacy.audience(owner);
        var text = Protocol.presence(change.presence()).toString();
        for (var id : watchers) {
            var client = clients.get(id);
            if (client != null && audience.test(client.user())) {
                sendPresence(client, change.presence(), text, Send.CHANGE);
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
                sendPresence(client, presence.current(client.user(), owner), Send.PRIVACY);
            }
        }
    }
}
