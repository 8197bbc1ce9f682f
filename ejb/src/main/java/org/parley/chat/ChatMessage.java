package org.parley.chat;

import java.time.Instant;

/**
 * A stored message.
 *
 * @param id the message id, unique everywhere
 * @param conversationId its conversation
 * @param seq its position in the conversation: 1, 2, 3, ... with no gap
 * @param sender who sent it
 * @param sent when the server took it
 * @param clientId the sender's own id for it (retries with the same id are one message), empty when none
 * @param html the sanitized rich text
 * @param text the plain-text form (for search and notifications)
 * @param file the file it carries, or null
 */
public record ChatMessage(String id, String conversationId, long seq, String sender, Instant sent, String clientId,
        String html, String text, FileRef file) {

    public ChatMessage {
        clientId = clientId == null ? "" : clientId;
    }
}
