package org.parley.chat;

import java.util.List;

/**
 * What no connection of a member has received yet in one conversation.
 *
 * @param conversationId the conversation
 * @param deliveredSeq the member's messages up to here reached a connection
 * @param messages the messages after it, oldest first
 * @param more whether more remain beyond these
 */
public record Backlog(String conversationId, long deliveredSeq, List<ChatMessage> messages, boolean more) {

    public Backlog {
        messages = List.copyOf(messages);
    }
}
