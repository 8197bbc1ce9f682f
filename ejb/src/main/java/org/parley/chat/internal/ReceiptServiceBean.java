package org.parley.chat.internal;

import java.util.HashSet;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.chat.ChatJson;
import org.parley.chat.ConversationStore;
import org.parley.chat.ReceiptService;
import org.parley.error.ParleyException;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;

/** Typing indicators (not stored) and read receipts (stored marks); deliveries go through the recorder. */
@Stateless
@Local(ReceiptService.class)
public class ReceiptServiceBean implements ReceiptService {

    @Inject
    ConversationStore conversations;

    @EJB
    ChatAccess access;

    @EJB
    DeliveryRecorder recorder;

    @Inject
    UserEventBus bus;

    @Override
    public void typing(String caller, String conversationId, boolean typing) {
        var conversation = access.requireMember(caller, conversationId);
        var others = new HashSet<>(conversations.members(conversation.id()));
        others.remove(caller);
        if (!others.isEmpty()) {
            bus.publish(new UserEvent(others, ChatJson.TYPING, ChatJson.typing(conversation.id(), caller, typing)));
        }
    }

    @Override
    public void read(String caller, String conversationId, long seq) {
        var conversation = access.requireMember(caller, conversationId);
        if (seq < 1) {
            throw new ParleyException.Invalid("A read receipt names a sequence number of 1 or more");
        }
        long upTo = Math.min(seq, conversation.lastSeq());
        var others = new HashSet<>(conversations.members(conversation.id()));
        if (upTo > 0 && conversations.advanceRead(conversation.id(), caller, upTo)) {
            others.remove(caller);
            if (!others.isEmpty()) {
                bus.publish(new UserEvent(others, ChatJson.RECEIPT,
                        ChatJson.receipt(conversation.id(), caller, "read", upTo)));
            }
        }
    }

    @Override
    public void delivered(String user, String conversationId, long seq) {
        recorder.add(user, conversationId, seq);
    }

    @Override
    public void flushDelivered(String user) {
        recorder.flush(user);
    }
}
