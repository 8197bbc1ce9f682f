package org.parley.presence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.parley.presence.Connection;
import org.parley.presence.ConnectionStore;
import org.parley.presence.PresenceStore;
import org.parley.presence.StoredPresence;

/** Presence and connection stores in memory, recording the order in which presence rows are locked. */
final class InMemoryPresenceStores {

    final List<String> lockOrder = new ArrayList<>();
    final Map<String, StoredPresence> rows = new HashMap<>();
    final Map<String, Connection> open = new LinkedHashMap<>();
    int saves;

    final PresenceStore presence = new PresenceStore() {
        @Override
        public Optional<StoredPresence> find(String user) {
            return Optional.ofNullable(rows.get(user));
        }

        @Override
        public Map<String, StoredPresence> findAll(Collection<String> users) {
            var result = new HashMap<String, StoredPresence>();
            users.stream().filter(rows::containsKey).forEach(u -> result.put(u, rows.get(u)));
            return result;
        }

        @Override
        public Map<String, StoredPresence> lockAll(SortedSet<String> users) {
            var result = new HashMap<String, StoredPresence>();
            for (var user : users) {
                lockOrder.add(user);
                result.put(user, rows.computeIfAbsent(user, StoredPresence::initial));
            }
            return result;
        }

        @Override
        public StoredPresence save(StoredPresence p) {
            saves++;
            rows.put(p.shown().user(), p);
            return p;
        }
    };

    final ConnectionStore connections = new ConnectionStore() {
        @Override
        public void add(Connection c) {
            open.put(c.id(), c);
        }

        @Override
        public Optional<Connection> remove(String id) {
            return Optional.ofNullable(open.remove(id));
        }

        @Override
        public Optional<Connection> find(String id) {
            return Optional.ofNullable(open.get(id));
        }

        @Override
        public List<Connection> ofUser(String user) {
            return open.values().stream().filter(c -> c.user().equals(user)).toList();
        }

        @Override
        public Map<String, List<Connection>> ofUsers(Collection<String> users) {
            var result = new HashMap<String, List<Connection>>();
            open.values().stream().filter(c -> users.contains(c.user()))
                    .forEach(c -> result.computeIfAbsent(c.user(), u -> new ArrayList<>()).add(c));
            return result;
        }

        @Override
        public List<Connection> ofServer(String serverId, Instant openedBefore) {
            return open.values().stream().filter(c -> c.serverId().equals(serverId) && c.opened().isBefore(openedBefore))
                    .toList();
        }

        @Override
        public void setIdle(String id, boolean idle) {
            open.computeIfPresent(id, (k, c) -> new Connection(c.id(), c.user(), c.serverId(), c.opened(), idle));
        }

        @Override
        public List<Connection> removeAllOf(String serverId, Instant openedBefore) {
            var gone = ofServer(serverId, openedBefore);
            gone.forEach(c -> open.remove(c.id()));
            return gone;
        }

        @Override
        public boolean heartbeat(String serverId, Instant now) {
            return true;
        }

        @Override
        public List<String> silentSince(Instant cutoff) {
            return List.of();
        }

        @Override
        public void forget(String serverId) {
        }
    };

    static Connection connection(String id, String user, String server) {
        return connection(id, user, server, Instant.EPOCH);
    }

    static Connection connection(String id, String user, String server, Instant opened) {
        return new Connection(id, user, server, opened, false);
    }
}
