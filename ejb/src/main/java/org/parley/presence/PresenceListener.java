package org.parley.presence;

/** Receives the presence and privacy changes that reach this server; edges register one to push to their clients. */
public interface PresenceListener {

    void onChange(PresenceChange change);

    /** A person's privacy lists changed: what their watchers may see may have changed. */
    default void onPrivacyChange(String owner) {
    }
}
