package org.parley.presence.internal;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.presence.ConnectionStore;
import org.parley.presence.PresenceChanges;
import org.parley.presence.PresenceStore;

/**
 * Stores one batch of presence changes in one transaction of its own (see {@link PresenceSettler}).
 * {@link PresenceChanges} is fired inside it, once per batch, so features that act on a change (alerts) do so
 * under the person's presence lock and roll back with it.
 * <p>A CDI bean, not an enterprise bean: the writer thread calls it while the application is
 * still starting (other beans restore connections from their start-up), and Liberty holds calls
 * to enterprise beans from other threads until the start is over.
 */
@ApplicationScoped
public class PresenceBatch {

    @Inject
    PresenceStore store;

    @Inject
    ConnectionStore connections;

    @Inject
    Event<PresenceChanges> changed;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Settled apply(List<PresenceOp> ops) {
        return new PresenceSettler(store, connections, c -> changed.fire(new PresenceChanges(c)), Clock.systemUTC()).settle(ops);
    }
}
