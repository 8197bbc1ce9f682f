package org.parley.chat;

/**
 * Typing indicators and receipts. Delivered: a message reached at least one connection of the
 * member. Read: the member's client said the member read up to a sequence number. Both only
 * move forward; each step is an event to the other members.
 */
public interface ReceiptService {

    /** The caller started or stopped typing; the other members are told, nothing is stored. */
    void typing(String caller, String conversationId, boolean typing);

    /** The caller read the conversation up to the sequence number. */
    void read(String caller, String conversationId, long seq);

    /** A message up to the sequence number reached a connection of the user (recorded soon after). */
    void delivered(String user, String conversationId, long seq);

    /** Records now every delivery of the user that this server still holds. */
    void flushDelivered(String user);
}
