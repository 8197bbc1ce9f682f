package org.parley.chat;

import java.util.List;
import java.util.Set;

/** Conversations: one-to-one, groups, escalation, membership. Every call names its caller. */
public interface ConversationService {

    /**
     * The one-to-one conversation of the caller and a person, created on first use.
     *
     * @throws org.parley.error.ParleyException.NotFound when the person is not in the directory
     */
    ConversationView direct(String caller, String partner);

    /**
     * Starts a group chat of the caller and the members. With an origin (a conversation of the
     * caller) the group is that conversation escalated: its members see the origin's messages up
     * to now as the group's context.
     */
    ConversationView createGroup(String caller, String title, Set<String> members, String originId);

    /** Adds people to a group chat the caller is a member of. */
    ConversationView invite(String caller, String conversationId, Set<String> users);

    /** The caller leaves a group chat. */
    void leave(String caller, String conversationId);

    /** The caller's conversations, the latest active first. */
    List<ConversationView> list(String caller);

    /**
     * One of the caller's conversations.
     *
     * @throws org.parley.error.ParleyException.NotFound when there is no such conversation
     * @throws org.parley.error.ParleyException.Forbidden when the caller is not a member
     */
    ConversationView get(String caller, String conversationId);
}
