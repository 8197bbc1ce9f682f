package org.parley.chat.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One message; (conversation, seq) and (conversation, sender, client id) are unique. */
@Entity
@Table(name = "CHAT_MESSAGE",
        uniqueConstraints = {
            @UniqueConstraint(name = "CHAT_MESSAGE_SEQ", columnNames = {"CONVERSATION_ID", "SEQ"}),
            @UniqueConstraint(name = "CHAT_MESSAGE_CLIENT", columnNames = {"CONVERSATION_ID", "SENDER", "CLIENT_ID"})},
        indexes = @Index(name = "CHAT_MESSAGE_SENT", columnList = "SENT"))
public class MessageEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONVERSATION_ID", length = 64, nullable = false)
    String conversationId;

    @Column(name = "SEQ", nullable = false)
    long seq;

    @Column(name = "SENDER", length = 64, nullable = false)
    String sender;

    @Column(name = "SENT", nullable = false)
    long sent; // epoch milliseconds

    @Column(name = "CLIENT_ID", length = 64)
    String clientId; // null when the client gave none

    @Column(name = "HTML", length = 32000, nullable = false)
    String html;

    @Column(name = "PLAIN_TEXT", length = 8192, nullable = false)
    String text;

    @Column(name = "FILE_ID", length = 36)
    String fileId;

    @Column(name = "FILE_NAME", length = 255)
    String fileName;

    @Column(name = "FILE_TYPE", length = 64)
    String fileType;

    @Column(name = "FILE_SIZE")
    Long fileSize;

    protected MessageEntity() {
    }

    MessageEntity(String id) {
        this.id = id;
    }
}
