package org.parley.presence.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Topic;

import org.parley.error.ParleyException;
import org.parley.presence.PresenceBus;
import org.parley.presence.PresenceChange;

/**
 * Publishes presence changes on the presence topic. Inside a transaction the send is enlisted
 * with it, so a change that is rolled back is never announced.
 */
@ApplicationScoped
public class JmsPresenceBus implements PresenceBus {

    @Resource(lookup = "jms/parley/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/parley/presenceTopic")
    Topic topic;

    @Override
    public void publish(PresenceChange change) {
        try (var context = connectionFactory.createContext()) {
            var message = context.createMapMessage();
            PresenceMessages.write(change, message);
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, message);
        } catch (JMSException | jakarta.jms.JMSRuntimeException e) {
            throw new ParleyException.Unavailable("The message broker cannot take the change now");
        }
    }
}
