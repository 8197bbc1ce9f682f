package org.parley.chat.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.chat.Conversation;
import org.parley.chat.ConversationStore;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/** Finds, or creates on first use, the one-to-one conversation of two people. */
@Stateless
public class DirectConversations {

    private static final Logger LOG = Logger.getLogger(DirectConversations.class.getName());

    @Inject
    ConversationStore conversations;

    @Inject
    Directory directory;

    @EJB
    DirectCreator creator;

    public Conversation open(String caller, String partner) {
        var other = directory.find(UserIds.requireValid(partner))
                .orElseThrow(() -> new ParleyException.NotFound("No user '" + partner + "' in the directory")).uid();
        if (other.equals(caller)) {
            throw new ParleyException.Invalid("A one-to-one conversation needs someone else");
        }
        var id = DirectIds.of(caller, other);
        var existing = conversations.find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            creator.createIfAbsent(id, caller, other);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Conversation " + id + " was created meanwhile", e);
        }
        return conversations.find(id).orElseThrow(() -> new ParleyException.Unavailable("Could not start the conversation"));
    }
}
