package org.parley.telephony.internal;

import org.parley.telephony.Registration;

/** One change to the stored bindings, applied in order by the {@link RegistrarWriter}. */
sealed interface RegistrationWrite {

    /** The binding's id. */
    String id();

    /** Adds the binding or replaces the one with its id. */
    record Save(Registration registration) implements RegistrationWrite {
        @Override
        public String id() {
            return registration.id();
        }
    }

    /** Removes the binding; comes to the binding removed, if there was one. */
    record Remove(String id) implements RegistrationWrite {
    }

    /** Removes the binding if it is still expired when the change is applied; comes to the binding removed. */
    record Expire(String id) implements RegistrationWrite {
    }
}
