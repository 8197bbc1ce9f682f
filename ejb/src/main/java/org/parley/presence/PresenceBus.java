package org.parley.presence;

/** Carries presence changes to every server of the deployment, this one included. */
public interface PresenceBus {

    void publish(PresenceChange change);
}
