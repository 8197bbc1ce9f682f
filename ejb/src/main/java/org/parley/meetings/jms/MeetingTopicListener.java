package org.parley.meetings.jms;

import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.parley.jms.JsonTopics;
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
        JsonTopics.receive(message, "meeting event", LOG, text -> fanout.deliver(MeetingEventJson.read(text)));
    }
}
