package org.parley.telephony;

import java.util.List;

/**
 * The registrar's location service: where each user's devices are. Bindings are stored, so a
 * restart loses none; while a binding lasts it counts as one of its user's presence connections.
 */
public interface RegistrarService {

    /** Applies one REGISTER of an authenticated user: adds, refreshes and removes bindings. */
    RegisterOutcome register(String user, RegisterCommand command);

    /** The user's bindings that have not expired, the newest first. */
    List<Registration> bindings(String user);

    /**
     * Removes one of the user's bindings.
     *
     * @throws org.parley.error.ParleyException.NotFound when the user has no such binding
     */
    void unregister(String user, String bindingId);

    /** Removes every binding of the user. */
    void unregisterAll(String user);

    /** The registration lengths allowed. */
    RegistrarLimits limits();
}
