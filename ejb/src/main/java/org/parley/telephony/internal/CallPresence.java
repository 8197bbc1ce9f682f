package org.parley.telephony.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.parley.presence.Availability;
import org.parley.presence.Engagements;

/**
 * Shows "On the phone" while a person is in an answered call (or a conference) and lets the
 * presence service's {@link Engagements} put their own status back when their last call ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallPresence {

    static final String MESSAGE = "On the phone";

    @EJB
    Engagements engagements;

    public void onThePhone(String callKey, String user) {
        engagements.begin(key(callKey), user, Availability.ON_THE_PHONE, MESSAGE);
    }

    public void hungUp(String callKey) {
        engagements.endAll(key(callKey));
    }

    private static String key(String callKey) {
        return "call\n" + callKey;
    }
}
