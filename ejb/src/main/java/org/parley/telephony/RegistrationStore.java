package org.parley.telephony;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The registrar's bindings, shared by every server. */
public interface RegistrationStore {

    Optional<Registration> find(String id);

    /** Adds the binding, or replaces the one with its id. */
    void save(Registration registration);

    /** Adds or replaces each binding, in one go. */
    void saveAll(List<Registration> registrations);

    void remove(String id);

    /** The user's bindings, expired or not. */
    List<Registration> ofUser(String user);

    /** The bindings that expired before the cut-off. */
    List<Registration> expiredBefore(Instant cutoff);

    /** The bindings held through one server that have not expired at {@code now}. */
    List<Registration> liveOf(String serverId, Instant now);
}
