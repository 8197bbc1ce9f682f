package org.parley.chat;

import java.util.List;

/** Reading stored messages: history, context, catching up and search. */
public interface HistoryService {

    /** The most messages one page holds. */
    int MAX_PAGE = 200;

    /** A page of messages before a sequence number (0: the latest), newest first. */
    HistoryPage before(String caller, String conversationId, long beforeSeq, int limit);

    /**
     * A page of an escalated group's context: the origin's messages up to the escalation,
     * before a sequence number (0: the latest), newest first; empty for a group with no origin.
     */
    HistoryPage context(String caller, String conversationId, long beforeSeq, int limit);

    /** A page of messages after a sequence number, oldest first. */
    HistoryPage after(String caller, String conversationId, long afterSeq, int limit);

    /** What no connection of the user received yet, over all their conversations, at most about the budget. */
    List<Backlog> backlog(String user, int budget);

    /** Messages of the caller's conversations whose plain text holds the words (case-insensitive), newest first. */
    List<ChatMessage> search(String caller, String query, int limit);
}
