package org.parley.web.meet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingFanout;
import org.parley.meetings.MeetingJson;
import org.parley.meetings.MeetingListener;
import org.parley.meetings.RoomService;
import org.parley.ops.Shutdown;

/**
 * This server's connections to meeting rooms, by meeting, and the pushing of each room event
 * that reaches this server to them: events for everyone to the connections in the room,
 * addressed ones to their participants; a guest admitted gets the room's state, one turned away
 * or removed is disconnected, and when the meeting ends everyone is. Thread safety: a concurrent
 * map of concurrent sets; each client guards its own stage.
 */
@ApplicationScoped
public class RoomConnections implements MeetingListener {

    private static final Logger LOG = Logger.getLogger(RoomConnections.class.getName());

    /** Close codes: removed or turned away; the meeting ended. */
    static final int CLOSE_REMOVED = 4403;
    static final int CLOSE_ENDED = 4410;

    @EJB
    MeetingFanout fanout;

    @Inject
    RoomService rooms;

    @Inject
    @ConfigProperty(name = "parley.ws.idleTimeoutSeconds", defaultValue = "90")
    int idleTimeoutSeconds;

    private final Map<String, Set<RoomClient>> byMeeting = new ConcurrentHashMap<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Being observed makes the bean start with the application and register below.
    }

    @PostConstruct
    void register() {
        fanout.register(this);
    }

    @PreDestroy
    void unregister() {
        Shutdown.leave(() -> fanout.unregister(this), LOG, "Leaving the meeting fan-out");
    }

    void add(RoomClient client) {
        byMeeting.computeIfAbsent(client.meeting, m -> ConcurrentHashMap.newKeySet()).add(client);
    }

    void remove(RoomClient client) {
        byMeeting.computeIfPresent(client.meeting, (m, set) -> {
            set.remove(client);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many room connections this server holds. */
    public int count() {
        return byMeeting.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void onEvent(MeetingEvent e) {
        var clients = byMeeting.get(e.meeting());
        if (clients == null) {
            return;
        }
        var target = e.body().getString("participant", "");
        for (var client : clients) {
            var who = client.who();
            if (who == null) {
                client.offer(e);
                continue;
            }
            var mine = who.id().equals(target);
            switch (e.type()) {
                case "admitted" -> {
                    if (mine && client.stage() == RoomClient.Stage.WAITING) {
                        admit(client);
                        continue;
                    }
                }
                case "denied", "removed" -> {
                    if (mine) {
                        client.direct(MeetingJson.wire(e).toString());
                        close(client, CLOSE_REMOVED, "denied".equals(e.type()) ? "Not admitted" : "Removed from the meeting");
                        continue;
                    }
                }
                default -> {
                    // Delivered below.
                }
            }
            if (e.forEveryone()) {
                client.offer(e);
                if ("ended".equals(e.type())) {
                    close(client, CLOSE_ENDED, "The meeting has ended");
                }
            } else if (e.to().contains(who.id())) {
                client.direct(MeetingJson.wire(e).toString());
            }
        }
    }

    private void admit(RoomClient client) {
        try {
            var joined = rooms.state(client.meeting, client.who().id());
            client.in(joined.seq(), RoomProtocol.state(joined.state(), idleTimeoutSeconds));
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Could not send an admitted guest the room; closing so they retry", ex);
            close(client, CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "Reconnect");
        }
    }

    static void close(RoomClient client, int code, String reason) {
        client.gone();
        // After whatever was queued for it (the error or event that explains the close).
        client.outbox.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
    }

    List<RoomClient> of(String meeting) {
        var set = byMeeting.get(meeting);
        return set == null ? List.of() : List.copyOf(set);
    }
}
