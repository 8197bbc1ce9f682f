package org.parley.privacy;

import java.util.Optional;

/** Where privacy lists are kept. */
public interface PrivacyStore {

    Optional<PrivacySettings> find(String owner);

    /**
     * Saves new settings if the stored version is still the expected one.
     *
     * @return the saved settings with their new version
     * @throws org.parley.error.ParleyException.Conflict otherwise
     */
    PrivacySettings save(String owner, PrivacySettings settings, long expectedVersion);
}
