package org.parley.presence.internal;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.parley.presence.ConnectionStore;
import org.parley.presence.PresenceChanged;
import org.parley.presence.PresenceStore;

/**
 * Stores one batch of presence changes in one transaction of its own (see {@link PresenceSettler}).
 * {@link PresenceChanged} is fired inside it, so features that act on a change (alerts) do so
 * under the person's presence lock and roll back with it.
 */
@Stateless
public class PresenceBatch {

    @Inject
    PresenceStore store;

    @Inject
    ConnectionStore connections;

    @Inject
    Event<PresenceChanged> changed;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Settled apply(List<PresenceOp> ops) {
        return new PresenceSettler(store, connections, changed::fire, Clock.systemUTC()).settle(ops);
    }
}
