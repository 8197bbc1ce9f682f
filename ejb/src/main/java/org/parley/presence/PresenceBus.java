package org.parley.presence;

import java.util.List;

/** Carries presence and privacy changes to every server of the deployment, this one included. */
public interface PresenceBus {

    /** Announces changes, in order, in one message. */
    void publish(List<PresenceChange> changes);

    default void publish(PresenceChange change) {
        publish(List.of(change));
    }

    /** Announces that a person's privacy lists changed, so every server forgets its copy. */
    void privacyChanged(String owner);
}
