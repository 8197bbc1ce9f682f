package org.parley.events;

/**
 * Carries user events to every server of the deployment, this one included. Inside a
 * transaction the event leaves only when the transaction commits.
 */
public interface UserEventBus {

    /**
     * Publishes the event.
     *
     * @throws org.parley.error.ParleyException.Unavailable when the broker cannot take it
     */
    void publish(UserEvent event);
}
