package org.parley.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.parley.chat.ChatJson;
import org.parley.chat.ChatMessage;
import org.parley.chat.Conversation;
import org.parley.chat.ConversationStore;
import org.parley.chat.FileRef;
import org.parley.chat.MessageStore;
import org.parley.chat.RichText;
import org.parley.chat.Sent;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;

/**
 * Appends a message to a conversation whose lock the caller holds: a retry with a client id
 * already stored gives back the stored message; otherwise the message gets the next sequence
 * number, is stored, and its event is published, all in the caller's transaction (so the
 * event leaves only if the message is stored, and sequence numbers never repeat or skip).
 * <p>Lock order, as everywhere in chat: the conversation row, then reading the member rows, and
 * only then locking one member row; a transaction that locked a member row never reads the
 * others, so no two transactions wait for each other.
 */
@Dependent
public class MessageAppender {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final UserEventBus bus;
    private final Clock clock;

    @Inject
    public MessageAppender(ConversationStore conversations, MessageStore messages, UserEventBus bus) {
        this(conversations, messages, bus, Clock.systemUTC());
    }

    MessageAppender(ConversationStore conversations, MessageStore messages, UserEventBus bus, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.bus = bus;
        this.clock = clock;
    }

    /** Appends; {@code locked} must have been read with {@link ConversationStore#lock}. */
    public Sent append(Conversation locked, String sender, String clientId, RichText body, FileRef file) {
        if (clientId != null) {
            var stored = messages.byClientId(locked.id(), sender, clientId);
            if (stored.isPresent()) {
                return new Sent(stored.get(), true);
            }
        }
        var members = conversations.members(locked.id());
        long seq = locked.lastSeq() + 1;
        var message = new ChatMessage(UUID.randomUUID().toString(), locked.id(), seq, sender, now(), clientId,
                body.html(), body.text(), file);
        messages.add(message);
        conversations.setLastSeq(locked.id(), seq);
        conversations.advanceRead(locked.id(), sender, seq);
        bus.publish(new UserEvent(members, ChatJson.MESSAGE, ChatJson.message(message)));
        return new Sent(message, false);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
