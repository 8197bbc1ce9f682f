package org.parley.presence.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Topic;

import org.parley.error.ParleyException;
import org.parley.presence.PresenceBus;
import org.parley.presence.PresenceChange;

/**
 * Publishes presence and privacy changes on the presence topic. Inside a transaction the send
 * is enlisted with it, so a change that is rolled back is never announced.
 */
@ApplicationScoped
public class JmsPresenceBus implements PresenceBus {

    @Resource(lookup = "jms/parley/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/parley/presenceTopic")
    Topic topic;

    /** Fills a message; may fail as JMS does. */
    private interface Filler {
        void fill(MapMessage message) throws JMSException;
    }

    @Override
    public void publish(PresenceChange change) {
        send(m -> PresenceMessages.write(change, m));
    }

    @Override
    public void privacyChanged(String owner) {
        send(m -> PresenceMessages.writePrivacy(owner, m));
    }

    private void send(Filler filler) {
        try (var context = connectionFactory.createContext()) {
            var message = context.createMapMessage();
            filler.fill(message);
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, message);
        } catch (JMSException | JMSRuntimeException e) {
            throw new ParleyException.Unavailable("The message broker cannot take the change now");
        }
    }
}
