package org.parley.privacy;

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

    /**
     * Whether the sender may reach the recipient now: always, unless the recipient is on Do Not
     * Disturb and has not excepted the sender.
     */
    boolean mayReach(String sender, String recipient);
}
