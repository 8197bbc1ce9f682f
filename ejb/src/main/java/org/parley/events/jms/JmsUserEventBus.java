package org.parley.events.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import org.parley.error.ParleyException;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;

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
        try (var context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .send(topic, context.createTextMessage(UserEventJson.write(event)));
        } catch (JMSRuntimeException e) {
            throw new ParleyException.Unavailable("The message broker cannot take the event now");
        }
    }
}
