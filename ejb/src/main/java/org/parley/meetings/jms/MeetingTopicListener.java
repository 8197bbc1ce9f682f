package org.parley.meetings.jms;

import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonException;

import org.parley.meetings.MeetingFanout;

/**
 * Receives every meeting event published by any server (a non-durable subscription on each
 * server, one session so that a room's events reach the edges in order) and hands it to this
 * server's room edge. Delivery only pushes to connections: it runs without a transaction.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MeetingTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MeetingTopicListener.class.getName());

    @EJB
    MeetingFanout fanout;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            LOG.log(Level.WARNING, "Ignored a meeting event of unexpected type {0}", message.getClass().getName());
            return;
        }
        try {
            fanout.deliver(MeetingEventJson.read(text.getText()));
        } catch (JMSException | JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                 | DateTimeParseException e) {
            LOG.log(Level.WARNING, "Ignored a malformed meeting event", e);
        }
    }
}
