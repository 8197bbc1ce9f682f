package org.parley.chat.internal;

import java.util.HashSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.chat.ChatJson;
import org.parley.chat.ConversationStore;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;

/** Writes delivered marks and tells the other members, off the thread that delivered the message. */
@Stateless
public class DeliveryWriter {

    private static final Logger LOG = Logger.getLogger(DeliveryWriter.class.getName());

    @Inject
    ConversationStore conversations;

    @EJB
    DeliveryRecorder recorder;

    @Inject
    UserEventBus bus;

    /** Writes the member's pending mark soon, in a transaction of its own. */
    @Asynchronous
    public void writeLater(String user, String conversationId) {
        var seq = recorder.pending(user, conversationId);
        if (seq != null) {
            try {
                write(user, conversationId, seq);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record a delivery to " + user + " in " + conversationId, e);
            } finally {
                recorder.written(user, conversationId, seq);
            }
        }
    }

    /**
     * Moves the member's delivered mark forward and, when it moved, tells the other members. The
     * members are read before the member's row is locked (see {@link MessageAppender} on lock order).
     */
    public void write(String user, String conversationId, long seq) {
        var others = new HashSet<>(conversations.members(conversationId));
        if (conversations.advanceDelivered(conversationId, user, seq)) {
            others.remove(user);
            if (!others.isEmpty()) {
                bus.publish(new UserEvent(others, ChatJson.RECEIPT,
                        ChatJson.receipt(conversationId, user, "delivered", seq)));
            }
        }
    }
}
