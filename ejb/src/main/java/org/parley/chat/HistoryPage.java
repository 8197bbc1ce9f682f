package org.parley.chat;

import java.util.List;

/**
 * One page of messages.
 *
 * @param messages the messages, in the order the call names
 * @param more whether more remain beyond this page
 */
public record HistoryPage(List<ChatMessage> messages, boolean more) {

    public HistoryPage {
        messages = List.copyOf(messages);
    }
}
