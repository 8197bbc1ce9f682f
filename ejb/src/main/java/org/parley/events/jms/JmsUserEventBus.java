package org.parley.events.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;

import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;
import org.parley.jms.JsonTopics;

/**
 * Publishes user events on the events topic as non-persistent JSON text messages. Inside a
 * transaction the send is enlisted with it, so an event of a change rolled back never leaves.
 */
@ApplicationScoped
public class JmsUserEventBus implements UserEventBus {

    @Resource(lookup = "jms/parley/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/parley/eventsTopic")
    Topic topic;

    @Override
    public void publish(UserEvent event) {
        JsonTopics.publish(connectionFactory, topic, UserEventJson.write(event), "event");
    }
}
