package org.parley.presence;

/** Receives the presence changes that reach this server; edges register one to push to their clients. */
@FunctionalInterface
public interface PresenceListener {

    void onChange(PresenceChange change);
}
