package org.parley.meetings.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;

import org.parley.jms.JsonTopics;
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
        JsonTopics.publish(connectionFactory, topic, MeetingEventJson.write(event), "meeting event");
    }
}
