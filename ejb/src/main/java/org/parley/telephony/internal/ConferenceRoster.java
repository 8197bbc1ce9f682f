package org.parley.telephony.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.parley.chat.ConversationService;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingService;

/**
 * Who a conference call invites: a chat's members (the caller must be one), a meeting's owner
 * and invitees, or users named (each must be in the directory). The caller always comes first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConferenceRoster {

    @EJB
    ConversationService conversations;

    @EJB
    MeetingService meetings;

    @Inject
    Directory directory;

    /** The chat's members, the caller first; NotFound/Forbidden as the chat service decides. */
    public Set<String> ofChat(String caller, String conversationId) {
        if (conversationId == null || conversationId.isBlank()) {
            throw new ParleyException.Invalid("\"chat\" names a conversation id");
        }
        return callerFirst(caller, conversations.get(caller, conversationId.strip()).members());
    }

    /** The meeting (NotFound when there is none). */
    public Meeting meeting(String meetingId) {
        if (meetingId == null || !meetingId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ParleyException.NotFound("No meeting " + meetingId);
        }
        var meeting = meetings.get(meetingId);
        if (meeting.ended() != null) {
            throw new ParleyException.Conflict("meeting-ended", "The meeting has ended");
        }
        return meeting;
    }

    /** The meeting's owner and invitees, the owner first. */
    public static Set<String> ofMeeting(Meeting meeting) {
        return callerFirst(meeting.owner(), meeting.invitees());
    }

    /** The caller and the users named, each checked against the directory. */
    public Set<String> ofUsers(String caller, Set<String> users) {
        if (users == null || users.isEmpty()) {
            throw new ParleyException.Invalid("\"users\" names at least one other user");
        }
        for (var user : users) {
            if (!directory.exists(UserIds.requireValid(user))) {
                throw new ParleyException.NotFound("No user " + user);
            }
        }
        return callerFirst(caller, users);
    }

    private static Set<String> callerFirst(String caller, Set<String> others) {
        var all = new LinkedHashSet<String>();
        all.add(caller);
        others.stream().sorted().forEach(all::add);
        return all;
    }
}
