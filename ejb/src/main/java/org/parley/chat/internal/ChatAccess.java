package org.parley.chat.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.chat.Conversation;
import org.parley.chat.ConversationKind;
import org.parley.chat.ConversationStore;
import org.parley.error.ParleyException;
import org.parley.privacy.PrivacyService;

/** Who may do what in a conversation: members only, and nobody past a partner's Do Not Disturb. */
@Stateless
public class ChatAccess {

    /** The problem kind of a message refused by the recipient's Do Not Disturb. */
    public static final String RECIPIENT_DND = "recipient-dnd";

    @Inject
    ConversationStore conversations;

    @EJB
    PrivacyService privacy;

    /**
     * The conversation, when the caller is a member.
     *
     * @throws ParleyException.NotFound when there is no such conversation
     * @throws ParleyException.Forbidden when the caller is not a member
     */
    public Conversation requireMember(String caller, String conversationId) {
        var conversation = conversations.find(checkedId(conversationId))
                .orElseThrow(() -> notFound(conversationId));
        return member(caller, conversation);
    }

    /**
     * Locks the conversation for a new message of the caller: the caller must be a member, and a
     * one-to-one partner on Do Not Disturb must have excepted the caller.
     */
    public Conversation lockForSend(String caller, String conversationId) {
        var conversation = member(caller, conversations.lock(checkedId(conversationId))
                .orElseThrow(() -> notFound(conversationId)));
        if (conversation.kind() == ConversationKind.DIRECT) {
            for (var partner : conversations.members(conversation.id())) {
                if (!partner.equals(caller) && !privacy.mayReach(caller, partner)) {
                    throw new ParleyException.Conflict(RECIPIENT_DND, partner
                            + " does not want to be disturbed now; your message was not sent");
                }
            }
        }
        return conversation;
    }

    private Conversation member(String caller, Conversation conversation) {
        if (!conversations.isMember(conversation.id(), caller)) {
            throw new ParleyException.Forbidden("You are not a member of conversation " + conversation.id());
        }
        return conversation;
    }

    static String checkedId(String id) {
        if (id == null || !id.matches("[dg]-[0-9a-f-]{1,62}")) {
            throw new ParleyException.Invalid("'" + id + "' is not a conversation id");
        }
        return id;
    }

    private static ParleyException notFound(String id) {
        return new ParleyException.NotFound("No conversation " + id);
    }
}
