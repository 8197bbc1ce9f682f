package org.parley.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where conversations and their members are kept, shared by every server. */
public interface ConversationStore {

    Optional<Conversation> find(String id);

    /**
     * Reads a conversation holding a lock that serializes its messages, on every server, until
     * the transaction ends.
     */
    Optional<Conversation> lock(String id);

    /** Stores a new conversation with its first members. */
    void create(Conversation conversation, Set<String> members);

    /** Records the sequence number of a conversation's latest message (the caller holds its lock). */
    void setLastSeq(String id, long seq);

    Set<String> members(String id);

    boolean isMember(String id, String user);

    /** Adds members; those already in stay as they are. */
    void addMembers(String id, Set<String> users);

    /** Removes a member; false when they were not one. */
    boolean removeMember(String id, String user);

    /** The user's conversations, the latest active first. */
    List<ConversationView> ofUser(String user);

    /** The member's view of one conversation. */
    Optional<ConversationView> view(String id, String user);

    /** The user's conversations where messages after the delivered mark exist: (conversation, mark). */
    List<Backlog> undelivered(String user);

    /** Moves the member's delivered mark forward; false when it was already there. */
    boolean advanceDelivered(String id, String user, long seq);

    /** Moves the member's read mark (and delivered mark) forward; false when it was already there. */
    boolean advanceRead(String id, String user, long seq);
}
