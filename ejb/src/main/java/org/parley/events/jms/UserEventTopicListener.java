package org.parley.events.jms;

import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.parley.events.UserEventFanout;
import org.parley.jms.JsonTopics;

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
        JsonTopics.receive(message, "user event", LOG, text -> fanout.deliver(UserEventJson.read(text)));
    }
}
