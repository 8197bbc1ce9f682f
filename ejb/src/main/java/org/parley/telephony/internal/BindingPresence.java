package org.parley.telephony.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;
import org.parley.telephony.Registration;

/**
 * A binding is one of its user's presence connections while it lasts: opened when the device
 * registers, reported active on each refresh, closed when it is removed or expires, after the
 * binding's change is stored. Presence stores connections through its own writer, so no
 * transaction is needed here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BindingPresence {

    @EJB
    PresenceService presence;

    public void opened(Registration r) {
        presence.attach(r.user(), r.connectionId());
    }

    /**
     * Reports the connection active, in memory. A connection another server removed meanwhile
     * (it took this one for gone) is stored again by presence housekeeping, with every other.
     */
    public void refreshed(Registration r) {
        try {
            presence.activity(r.connectionId(), false);
        } catch (ParleyException.NotFound e) {
            // the connection went with a restart of this server before the binding was restored
            presence.detach(r.connectionId());
            presence.attach(r.user(), r.connectionId());
        }
    }

    public void closed(Registration r) {
        presence.detach(r.connectionId());
    }
}
