package org.parley.jms;

import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.JsonException;

import org.parley.error.ParleyException;

/**
 * What every Parley topic does alike: events travel as non-persistent JSON text messages; a
 * listener hands the text on and drops (with a warning) what it cannot read.
 */
public final class JsonTopics {

    private JsonTopics() {
    }

    /**
     * Sends {@code json} on {@code topic}. Inside a transaction the send is enlisted with it, so a
     * message of a change rolled back never leaves.
     *
     * @param what names the event in the refusal, e.g. "meeting event"
     * @throws ParleyException.Unavailable when the broker does not take it
     */
    public static void publish(ConnectionFactory factory, Topic topic, String json, String what) {
        try (var context = factory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .send(topic, context.createTextMessage(json));
        } catch (JMSRuntimeException e) {
            throw new ParleyException.Unavailable("The message broker cannot take the " + what + " now");
        }
    }

    /**
     * Hands a received message's text to {@code deliver}; a message that is not text, or that
     * {@code deliver} finds malformed, is logged and dropped.
     *
     * @param what names the event in the log, e.g. "user event"
     */
    public static void receive(Message message, String what, Logger log, Consumer<String> deliver) {
        if (!(message instanceof TextMessage text)) {
            log.log(Level.WARNING, "Ignored a {0} of unexpected type {1}", new Object[] {what, message.getClass().getName()});
            return;
        }
        try {
            deliver.accept(text.getText());
        } catch (JMSException | JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                 | DateTimeParseException e) {
            log.log(Level.WARNING, "Ignored a malformed " + what, e);
        }
    }
}
