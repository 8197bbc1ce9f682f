package org.parley.web.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.parley.chat.ChatJson;
import org.parley.events.UserEvent;
import org.parley.events.UserEventFanout;
import org.parley.events.UserEventListener;
import org.parley.ops.Shutdown;

/**
 * Pushes the user events that reach this server to every local connection of each recipient:
 * {@code {"type": type, ...body}}. Chat messages go through each connection's {@link ChatStreams}
 * so that they arrive once and in order. Thread safety: stateless; the connections and streams
 * it uses are thread-safe.
 */
@ApplicationScoped
public class EventPush implements UserEventListener {

    private static final Logger LOG = Logger.getLogger(EventPush.class.getName());

    @EJB
    UserEventFanout fanout;

    @Inject
    Connections connections;

    @Inject
    ChatStreams streams;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Being observed makes the bean start with the application and register below.
    }

    @PostConstruct
    void register() {
        fanout.register(this);
    }

    @PreDestroy
    void unregister() {
        Shutdown.leave(() -> fanout.unregister(this), LOG, "Leaving the user-event fan-out");
    }

    @Override
    public void onEvent(UserEvent event) {
        var targets = targets(event);
        if (targets.isEmpty()) {
            return;
        }
        if (ChatJson.MESSAGE.equals(event.type())) {
            targets.forEach(client -> streams.live(client, event.body()));
            return;
        }
        var text = ChatProtocol.event(event.type(), event.body()).toString();
        targets.forEach(client -> client.outbox().send(text));
    }

    private Collection<Connections.Client> targets(UserEvent event) {
        if (event.forEveryone()) {
            return connections.all();
        }
        var targets = new ArrayList<Connections.Client>();
        event.recipients().forEach(user -> targets.addAll(connections.ofUser(user)));
        return targets;
    }
}
