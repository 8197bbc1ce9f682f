package org.parley.presence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.parley.presence.Connection;
import org.parley.presence.Presence;
import org.parley.presence.ConnectionStore;
import org.parley.presence.PresenceChanged;
import org.parley.presence.PresenceRules;
import org.parley.presence.PresenceStore;
import org.parley.presence.StatusUpdate;
import org.parley.presence.StoredPresence;

/**
 * Applies a batch of presence changes inside the caller's transaction: what others see of each
 * person follows from what they chose and their open connections on every server.
 * <p>Locking: it first finds whose presence the batch touches (reading connections without
 * locks), then locks those people's presence rows in the order of their ids (so two servers
 * writing batches at once never deadlock; see {@link PresenceStore#lockAll}), and only then changes connection rows and reads the
 * connections of all those people at once. Each person is settled once per batch, with every
 * status they chose in it applied in order, so a burst of changes costs one write per person.
 * What changed is handed on once for the whole batch.
 */
final class PresenceSettler {

    private final PresenceStore store;
    private final ConnectionStore connections;
    private final Consumer<List<PresenceChanged>> changed;
    private final Clock clock;

    PresenceSettler(PresenceStore store, ConnectionStore connections, Consumer<List<PresenceChanged>> changed,
            Clock clock) {
        this.store = store;
        this.connections = connections;
        this.changed = changed;
        this.clock = clock;
    }

    Settled settle(List<PresenceOp> ops) {
        var usersOfOp = new ArrayList<List<String>>(ops.size());
        var touched = new TreeMap<String, List<PresenceOp>>();
        for (var op : ops) {
            var users = usersOf(op);
            usersOfOp.add(users);
            users.forEach(u -> touched.computeIfAbsent(u, k -> new ArrayList<>()).add(op));
        }
        var locked = store.lockAll(touched.navigableKeySet());
        var removed = new HashMap<PresenceOp, Integer>();
        ops.forEach(op -> removed.put(op, writeConnections(op)));
        var open = connections.ofUsers(touched.keySet());

        var after = new HashMap<String, StoredPresence>();
        var changes = new ArrayList<PresenceChanged>();
        touched.forEach((user, own) ->
                after.put(user, settleOne(locked.get(user), own, open.getOrDefault(user, List.of()), changes)));
        if (!changes.isEmpty()) {
            changed.accept(changes);
        }
        var outcomes = new ArrayList<Settled.Outcome>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            var users = usersOfOp.get(i);
            Optional<StoredPresence> presence = users.size() == 1 ? Optional.of(after.get(users.get(0))) : Optional.empty();
            outcomes.add(new Settled.Outcome(presence, removed.get(ops.get(i))));
        }
        return new Settled(List.copyOf(outcomes), changes.stream().map(PresenceChanged::after).toList());
    }

    /** The people whose presence the change touches; none when it names a connection that is gone. */
    private List<String> usersOf(PresenceOp op) {
        if (op instanceof PresenceOp.Choose c) {
            return List.of(c.user());
        } else if (op instanceof PresenceOp.Attach a) {
            return List.of(a.connection().user());
        } else if (op instanceof PresenceOp.Detach d) {
            return userOf(d.connectionId());
        } else if (op instanceof PresenceOp.SetIdle s) {
            return userOf(s.connectionId());
        } else if (op instanceof PresenceOp.ForgetServer f) {
            return connections.ofServer(f.serverId(), f.openedBefore()).stream().map(Connection::user).distinct().toList();
        }
        throw new IllegalArgumentException("Unknown presence change " + op);
    }

    private List<String> userOf(String connectionId) {
        return connections.find(connectionId).map(Connection::user).stream().toList();
    }

    /** Changes the connection rows the change names; returns how many it removed. */
    private int writeConnections(PresenceOp op) {
        if (op instanceof PresenceOp.Attach a) {
            // Once stored, a connection stays: attaching it again (after another server had
            // taken this one for gone) only restores it.
            if (connections.find(a.connection().id()).isEmpty()) {
                connections.add(a.connection());
            }
        } else if (op instanceof PresenceOp.Detach d) {
            return connections.remove(d.connectionId()).isPresent() ? 1 : 0;
        } else if (op instanceof PresenceOp.SetIdle s) {
            connections.setIdle(s.connectionId(), s.idle());
        } else if (op instanceof PresenceOp.ForgetServer f) {
            int count = connections.removeAllOf(f.serverId(), f.openedBefore()).size();
            if (f.forgetNode()) {
                connections.forget(f.serverId());
            }
            return count;
        }
        return 0;
    }

    /**
     * Applies the statuses the person chose in this batch, in order, then recomputes once; adds
     * what others now see to the changes when that changed.
     */
    private StoredPresence settleOne(StoredPresence current, List<PresenceOp> own, List<Connection> open,
            List<PresenceChanged> changes) {
        var chosen = current.chosen();
        StatusUpdate details = current.details();
        boolean detailsChanged = false;
        for (var op : own) {
            if (op instanceof PresenceOp.Choose c) {
                chosen = c.update().availability();
                details = c.update();
                detailsChanged = true;
            }
        }
        var shown = PresenceRules.shown(chosen, open);
        var old = current.shown();
        boolean same = shown == old.availability() && old.message().equals(details.message())
                && old.location().equals(details.location()) && old.timeZone().equals(details.timeZone());
        if (same && !detailsChanged) {
            return current;
        }
        var next = new StoredPresence(chosen, old).show(shown, details, now());
        store.save(next);
        if (!same) {
            changes.add(new PresenceChanged(old, next.shown()));
        }
        return next;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
