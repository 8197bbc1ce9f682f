package org.parley.chat.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One announcement. */
@Entity
@Table(name = "CHAT_ANNOUNCEMENT", indexes = @Index(name = "CHAT_ANNOUNCEMENT_SENT", columnList = "SENT"))
public class AnnouncementEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "AUTHOR", length = 64, nullable = false)
    String author;

    @Column(name = "AUDIENCE_GROUP", length = 128, nullable = false)
    String group; // empty for everyone

    @Column(name = "HTML", length = 32000, nullable = false)
    String html;

    @Column(name = "PLAIN_TEXT", length = 8192, nullable = false)
    String text;

    @Column(name = "SENT", nullable = false)
    long sent; // epoch milliseconds

    protected AnnouncementEntity() {
    }

    AnnouncementEntity(String id) {
        this.id = id;
    }
}
