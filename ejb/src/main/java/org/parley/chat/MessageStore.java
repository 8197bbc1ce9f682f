package org.parley.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where messages are kept, shared by every server. */
public interface MessageStore {

    void add(ChatMessage message);

    Optional<ChatMessage> byClientId(String conversationId, String sender, String clientId);

    /** Messages with a sequence number below {@code beforeSeq}, newest first. */
    List<ChatMessage> before(String conversationId, long beforeSeq, int limit);

    /** Messages with a sequence number above {@code afterSeq}, oldest first. */
    List<ChatMessage> after(String conversationId, long afterSeq, int limit);

    /** Messages of the user's conversations whose plain text contains the lower-case needle, ignoring case. */
    List<ChatMessage> search(String user, String lowerCaseNeedle, int limit);

    Optional<ChatMessage> withFile(String conversationId, String fileId);

    /** Deletes up to {@code batch} messages sent before the cut-off; returns what was deleted. */
    List<ChatMessage> purge(Instant cutoff, int batch);
}
