package org.parley.sip.presence;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The presence publications of phones (RFC 3903) by entity tag: whose and until when. Soft state;
 * a publication that ends leaves the user's Parley status as it was. Thread-safe.
 */
final class Publications {

    /** One publication. */
    record Publication(String user, Instant expires) {
    }

    private final Map<String, Publication> byTag = new ConcurrentHashMap<>();

    Optional<Publication> find(String etag, String user) {
        return Optional.ofNullable(byTag.get(etag)).filter(p -> p.user().equals(user));
    }

    /** Records a publication under a new entity tag (replacing {@code previous}, if any) and returns the tag. */
    String put(String previous, String user, Instant expires) {
        if (previous != null) {
            byTag.remove(previous);
        }
        var tag = UUID.randomUUID().toString().replace("-", "");
        byTag.put(tag, new Publication(user, expires));
        return tag;
    }

    void remove(String etag) {
        byTag.remove(etag);
    }

    void expire(Instant now) {
        byTag.values().removeIf(p -> !p.expires().isAfter(now));
    }
}
