package org.parley.sip;

import java.util.Optional;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;

import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/** The directory user a SIP URI names: its user part when that is a valid user id. */
public final class SipUsers {

    private SipUsers() {
    }

    public static Optional<String> of(URI uri) {
        if (uri instanceof SipURI sip && sip.getUser() != null) {
            try {
                return Optional.of(UserIds.requireValid(sip.getUser()));
            } catch (ParleyException.Invalid e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static Optional<String> of(Address address) {
        return address == null ? Optional.empty() : of(address.getURI());
    }
}
