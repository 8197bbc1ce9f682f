package org.parley.telephony.jms;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;

import org.parley.error.ParleyException;
import org.parley.telephony.ConferenceRelay;

/**
 * Receives the conference requests and answers addressed to this server (its activation
 * specification selects them by {@code parleyHost}): a request is answered from this server's
 * conferences and the answer sent back; an answer completes the request waiting for it. Runs
 * without a transaction: the messages are non-persistent and a lost one times out at the sender.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class ConferenceTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ConferenceTopicListener.class.getName());

    @Inject
    JmsConferenceRelay relay;

    @Inject
    ConferenceRelay.Answerer answerer;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                LOG.log(Level.WARNING, "Ignored a conference message of unexpected type {0}", message.getClass().getName());
                return;
            }
            var correlation = message.getJMSCorrelationID();
            if (JmsConferenceRelay.ANSWER.equals(message.getStringProperty(JmsConferenceRelay.KIND))) {
                relay.answered(correlation, text.getText());
                return;
            }
            var request = Json.createReader(new StringReader(text.getText())).readObject();
            relay.answer(message.getStringProperty(JmsConferenceRelay.FROM), correlation, answerer.answer(request));
        } catch (JMSException | JMSRuntimeException | JsonException | ParleyException | IllegalArgumentException
                | NullPointerException | ClassCastException e) {
            LOG.log(Level.WARNING, "Ignored a malformed or unanswerable conference message", e);
        }
    }
}
