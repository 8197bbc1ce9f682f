package org.parley.telephony.internal;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.telephony.Registration;
import org.parley.telephony.RegistrationStore;

/** The transactional chores of registrar housekeeping, one binding per transaction. */
@Stateless
public class BindingJanitor {

    @Inject
    RegistrationStore store;

    @EJB
    BindingPresence presence;

    /** Gives a stored binding its presence connection again. */
    public void restore(Registration r) {
        presence.opened(r);
    }

    /** Removes a binding if it is still expired (a refresh may have come meanwhile). */
    public void expire(String id) {
        store.find(id).filter(r -> !r.expires().isAfter(Instant.now())).ifPresent(r -> {
            store.remove(r.id());
            presence.closed(r);
        });
    }
}
