package org.parley.meetings.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import org.parley.error.ParleyException;
import org.parley.meetings.MeetingBus;
import org.parley.meetings.MeetingEvent;

/**
 * Publishes meeting events on the meetings topic as non-persistent JSON text messages (the
 * log in the database is the record; the topic only carries). Inside a transaction the send is
 * enlisted with it, so an event of a change rolled back never leaves.
 */
@ApplicationScoped
public class JmsMeetingBus implements MeetingBus {

    @Resource(lookup = "jms/parley/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/parley/meetingsTopic")
    Topic topic;

    @Override
    public void publish(MeetingEvent event) {
        try (var context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .send(topic, context.createTextMessage(MeetingEventJson.write(event)));
        } catch (JMSRuntimeException e) {
            throw new ParleyException.Unavailable("The message broker cannot take the meeting event now");
        }
    }
}
