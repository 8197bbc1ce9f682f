package org.parley.telephony;

import java.util.Objects;

/**
 * One Contact of a REGISTER.
 *
 * @param contact the contact URI
 * @param expires the seconds asked for: the contact's own expires parameter, else the request's
 *        Expires header, else -1 for the registrar's default
 */
public record ContactRequest(String contact, int expires) {

    public ContactRequest {
        Objects.requireNonNull(contact, "contact");
    }
}
