package org.parley.telephony.internal;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.parley.telephony.Registration;

/** The chores of registrar housekeeping, one binding at a time. */
@Stateless
public class BindingJanitor {

    @EJB
    BindingPresence presence;

    @EJB
    RegistrarWriter writer;

    @Inject
    BindingCache cache;

    /** Gives a stored binding its presence connection again. */
    public void restore(Registration r) {
        presence.opened(r);
    }

    /**
     * Removes a binding if it is still expired when the registrar's writer gets to it (a refresh
     * may have come meanwhile, queued before).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void expire(Registration expired) {
        synchronized (cache.lockOf(expired.user())) {
            writer.applyAll(List.of(new RegistrationWrite.Expire(expired.id()))).get(0).ifPresent(removed -> {
                cache.forget(removed.user());
                presence.closed(removed);
            });
        }
    }
}
