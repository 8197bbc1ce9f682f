package org.parley.chat.internal;

import java.time.Instant;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.parley.chat.Conversation;
import org.parley.chat.ConversationKind;
import org.parley.chat.ConversationStore;

/**
 * Creates a one-to-one conversation in a transaction of its own, so that when two first
 * messages race, the loser's failed insert leaves its caller's transaction intact.
 */
@Stateless
public class DirectCreator {

    @Inject
    ConversationStore conversations;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfAbsent(String id, String caller, String partner) {
        if (conversations.find(id).isEmpty()) {
            conversations.create(new Conversation(id, ConversationKind.DIRECT, "", caller, Instant.now(), 0, "", 0),
                    Set.of(caller, partner));
        }
    }
}
