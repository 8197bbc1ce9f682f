package org.parley.chat.internal;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.chat.AnnouncementStore;
import org.parley.chat.ChatMessage;
import org.parley.chat.MessageStore;

/** The transactional part of retention: one batch of old messages, and old announcements. */
@Stateless
public class ChatPurger {

    @Inject
    MessageStore messages;

    @Inject
    AnnouncementStore announcements;

    /** Deletes up to a batch of messages sent before the cut-off and returns them. */
    public List<ChatMessage> messagesBefore(Instant cutoff, int batch) {
        return messages.purge(cutoff, batch);
    }

    public int announcementsBefore(Instant cutoff) {
        return announcements.purge(cutoff);
    }
}
