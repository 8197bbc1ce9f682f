package org.parley.presence;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A presence store in a map, for tests of the services that use one. */
public class InMemoryPresenceStore implements PresenceStore {

    private final Map<String, Presence> byUser = new ConcurrentHashMap<>();

    @Override
    public Optional<Presence> find(String user) {
        return Optional.ofNullable(byUser.get(user));
    }

    @Override
    public Presence save(Presence presence) {
        byUser.put(presence.user(), presence);
        return presence;
    }
}
