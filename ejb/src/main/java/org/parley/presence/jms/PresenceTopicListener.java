package org.parley.presence.jms;

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

import org.parley.presence.PresenceFanout;

/**
 * Receives every presence change published by any server (a non-durable topic subscription on
 * each server) and hands it to this server's edges. The destination is bound in the server's
 * activation specification. Delivery writes nothing, so it runs without a transaction: the
 * messages are non-persistent and a failed hand-over is logged, not redelivered.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class PresenceTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PresenceTopicListener.class.getName());

    @EJB
    PresenceFanout fanout;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            LOG.log(Level.WARNING, "Ignored a presence message of unexpected type {0}", message.getClass().getName());
            return;
        }
        try {
            var decoded = PresenceMessages.read(text.getText());
            if (decoded instanceof PresenceMessages.PrivacyChange privacy) {
                fanout.privacyChanged(privacy.owner());
            } else if (decoded instanceof PresenceMessages.Changes changes) {
                fanout.deliver(changes.changes());
            }
        } catch (JMSException | JsonException | IllegalArgumentException | NullPointerException | ClassCastException e) {
            LOG.log(Level.WARNING, "Ignored a malformed presence message", e);
        }
    }
}
