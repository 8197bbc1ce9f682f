package org.parley.privacy;

import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

/** Reads and changes privacy lists, and answers who may see and reach whom. */
public interface PrivacyService {

    PrivacySettings settings(String owner);

    /**
     * Replaces the owner's privacy lists.
     *
     * @param expectedVersion the version the change was made against
     * @throws org.parley.error.ParleyException.Conflict when another change came first
     */
    PrivacySettings update(String owner, PrivacySettings settings, long expectedVersion);

    /** Whether the viewer may see the owner's presence (everyone sees themselves). */
    boolean canSee(String viewer, String owner);

    /** The owners whose presence the viewer may see, of those named (one call for a whole list). */
    Set<String> visibleTo(String viewer, Collection<String> owners);

    /**
     * Who may see the owner's presence now, as a test on viewers: one look-up of the owner's
     * lists for a whole fan-out. The answer does not follow later changes of the lists.
     */
    Predicate<String> audience(String owner);

    /**
     * Whether the sender may reach the recipient now: always, unless the recipient is on Do Not
     * Disturb and has not excepted the sender.
     */
    boolean mayReach(String sender, String recipient);
}
