package org.parley.directory;

import java.util.Optional;

/** Verifies a person's password against the directory. */
public interface PasswordCheck {

    /**
     * The person's user id as the directory spells it, when the password is theirs; empty when
     * there is no such person or the password is wrong.
     *
     * @throws org.parley.error.ParleyException.Unavailable when the directory cannot be reached
     */
    Optional<String> verify(String uid, char[] password);
}
