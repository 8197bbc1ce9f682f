package org.parley.chat.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One member of one conversation, with how far their messages were delivered and read. */
@Entity
@IdClass(MemberKey.class)
@Table(name = "CHAT_MEMBER", indexes = @Index(name = "CHAT_MEMBER_USER", columnList = "USER_ID"))
public class MemberEntity {

    @Id
    @Column(name = "CONVERSATION_ID", length = 64)
    String conversationId;

    @Id
    @Column(name = "USER_ID", length = 64)
    String userId;

    @Column(name = "DELIVERED_SEQ", nullable = false)
    long deliveredSeq;

    @Column(name = "READ_SEQ", nullable = false)
    long readSeq;

    protected MemberEntity() {
    }

    MemberEntity(String conversationId, String userId, long seenSeq) {
        this.conversationId = conversationId;
        this.userId = userId;
        this.deliveredSeq = seenSeq;
        this.readSeq = seenSeq;
    }
}
