package org.parley.telephony.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.error.ParleyException;
import org.parley.presence.ConnectionStore;
import org.parley.presence.PresenceService;
import org.parley.telephony.Registration;

/**
 * A binding is one of its user's presence connections while it lasts: opened when the device
 * registers, reported active on each refresh, closed when it is removed or expires. Joins the
 * caller's transaction.
 */
@Stateless
public class BindingPresence {

    @EJB
    PresenceService presence;

    @Inject
    ConnectionStore connections;

    public void opened(Registration r) {
        presence.attach(r.user(), r.connectionId());
    }

    public void refreshed(Registration r) {
        if (connections.find(r.connectionId()).isEmpty()) {
            // the connection was dropped meanwhile (this server was taken as gone by another one)
            presence.attach(r.user(), r.connectionId());
            return;
        }
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
