package org.parley.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation.
 *
 * @param id the conversation id ("d-..." for one-to-one, "g-..." for groups)
 * @param kind direct or group
 * @param title the group's title; empty for one-to-one
 * @param createdBy who started it
 * @param created when
 * @param lastSeq the sequence number of its latest message, 0 before the first
 * @param originId the conversation a group was escalated from, empty when none
 * @param originSeq the origin's last sequence number when the group was made from it
 */
public record Conversation(String id, ConversationKind kind, String title, String createdBy, Instant created,
        long lastSeq, String originId, long originSeq) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        originId = originId == null ? "" : originId;
    }

    public boolean hasOrigin() {
        return !originId.isEmpty();
    }

    public Conversation withLastSeq(long seq) {
        return new Conversation(id, kind, title, createdBy, created, seq, originId, originSeq);
    }
}
