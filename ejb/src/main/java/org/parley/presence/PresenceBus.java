package org.parley.presence;

/** Carries presence and privacy changes to every server of the deployment, this one included. */
public interface PresenceBus {

    void publish(PresenceChange change);

    /** Announces that a person's privacy lists changed, so every server forgets its copy. */
    void privacyChanged(String owner);
}
