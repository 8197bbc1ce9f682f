package org.parley.chat.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A conversation; its row is the lock that serializes its messages' sequence numbers. */
@Entity
@Table(name = "CHAT_CONVERSATION")
public class ConversationEntity {

    @Id
    @Column(name = "ID", length = 64)
    String id;

    @Column(name = "KIND", length = 8, nullable = false)
    String kind;

    @Column(name = "TITLE", length = 200, nullable = false)
    String title;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    String createdBy;

    @Column(name = "CREATED", nullable = false)
    long created; // epoch milliseconds

    @Column(name = "LAST_SEQ", nullable = false)
    long lastSeq;

    @Column(name = "LAST_ACTIVE", nullable = false)
    long lastActive; // epoch milliseconds

    @Column(name = "ORIGIN_ID", length = 64, nullable = false)
    String originId;

    @Column(name = "ORIGIN_SEQ", nullable = false)
    long originSeq;

    protected ConversationEntity() {
    }

    ConversationEntity(String id) {
        this.id = id;
    }
}
