package org.parley.chat;

import java.util.Set;

/**
 * A conversation as one of its members sees it.
 *
 * @param conversation the conversation
 * @param members its members' user ids
 * @param deliveredSeq the member's messages up to this sequence reached one of their connections
 * @param readSeq the member's client said they read up to this sequence
 */
public record ConversationView(Conversation conversation, Set<String> members, long deliveredSeq, long readSeq) {

    public ConversationView {
        members = Set.copyOf(members);
    }
}
