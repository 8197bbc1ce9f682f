package org.parley.events.jms;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonException;

import org.parley.events.UserEventFanout;

/**
 * Receives every user event published by any server (a non-durable subscription on each
 * server) and hands it to this server's edges. The destination, and one session so that events
 * reach the edges in the order they were published, are set in the activation specification.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class UserEventTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(UserEventTopicListener.class.getName());

    @EJB
    UserEventFanout fanout;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            LOG.log(Level.WARNING, "Ignored a user event of unexpected type {0}", message.getClass().getName());
            return;
        }
        try {
            fanout.deliver(UserEventJson.read(text.getText()));
        } catch (JMSException | JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignored a malformed user event", e);
        }
    }
}
