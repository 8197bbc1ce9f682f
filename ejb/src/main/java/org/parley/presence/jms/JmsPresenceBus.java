package org.parley.presence.jms;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import org.parley.error.ParleyException;
import org.parley.presence.PresenceBus;
import org.parley.presence.PresenceChange;

/**
 * Publishes presence and privacy changes on the presence topic, non-persistent. Called inside a
 * transaction the send is enlisted with it (a rolled-back change is never announced); the
 * presence writer calls it after its commit, outside any transaction.
 */
@ApplicationScoped
public class JmsPresenceBus implements PresenceBus {

    @Resource(lookup = "jms/parley/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/parley/presenceTopic")
    Topic topic;

    @Override
    public void publish(List<PresenceChange> changes) {
        if (!changes.isEmpty()) {
            send(PresenceMessages.write(changes));
        }
    }

    @Override
    public void privacyChanged(String owner) {
        send(PresenceMessages.writePrivacy(owner));
    }

    private void send(String text) {
        try (var context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, text);
        } catch (JMSRuntimeException e) {
            throw new ParleyException.Unavailable("The message broker cannot take the change now");
        }
    }
}
