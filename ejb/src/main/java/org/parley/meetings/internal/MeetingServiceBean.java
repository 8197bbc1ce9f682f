package org.parley.meetings.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;


import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.chat.ConversationService;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;
import org.parley.meetings.AudioBridge;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingJson;
import org.parley.meetings.MeetingKind;
import org.parley.meetings.MeetingService;
import org.parley.meetings.MeetingStore;
import org.parley.meetings.NewMeeting;

/**
 * Meetings: created with a random room id, invitees checked against the directory (and the
 * members of a conversation an instant meeting starts from), the password kept only as a hash,
 * each invitee's clients told with a "meeting-invitation" user event.
 */
@Stateless
@Local(MeetingService.class)
public class MeetingServiceBean implements MeetingService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    MeetingStore store;

    @Inject
    Directory directory;

    @EJB
    ConversationService conversations;

    @Inject
    UserEventBus events;

    @EJB
    RoomLedger ledger;

    @Inject
    AudioBridge audio;

    @Inject
    @ConfigProperty(name = "parley.meetings.mailDomain", defaultValue = "parley.example")
    String mailDomain;

    @Override
    public Meeting create(String caller, NewMeeting request) {
        var invitees = new HashSet<String>();
        for (var user : request.invitees()) {
            invitees.add(known(user));
        }
        if (request.conversation() != null) {
            invitees.addAll(conversations.get(caller, request.conversation()).members());
        }
        invitees.remove(caller);
        var now = Instant.now();
        var title = request.title().isEmpty() ? "Meeting of " + caller : request.title();
        var starts = request.kind() == MeetingKind.INSTANT ? now : request.startsAt();
        var meeting = new Meeting(newId(), request.kind(), title, caller, starts, request.durationMinutes(),
                invitees, request.password() == null ? null : Passwords.hash(request.password()), now, null);
        store.create(meeting);
        if (!invitees.isEmpty()) {
            events.publish(new UserEvent(invitees, "meeting-invitation", Json.createObjectBuilder()
                    .add("meeting", MeetingJson.meeting(meeting)).add("from", caller).build()));
        }
        return meeting;
    }

    @Override
    public Meeting get(String id) {
        return store.find(id).orElseThrow(() -> new ParleyException.NotFound("No meeting " + id));
    }

    @Override
    public List<Meeting> mine(String caller) {
        return store.openFor(caller);
    }

    @Override
    public void cancel(String caller, boolean admin, String id) {
        var meeting = get(id);
        if (!admin && !meeting.owner().equals(caller)) {
            throw new ParleyException.Forbidden("Only the meeting's owner or an administrator may end it");
        }
        if (meeting.ended() == null) {
            ledger.change(id, rules -> rules.end(caller), state -> Boolean.TRUE);
        }
    }

    @Override
    public String invitation(String caller, String id, String baseUrl) {
        var meeting = get(id);
        if (!meeting.isInvited(caller)) {
            throw new ParleyException.Forbidden("Only the owner and the invitees receive the invitation");
        }
        var dialIn = audio.dialIn(meeting.id()).map(AudioBridge.DialIn::text).orElse("");
        return ICalendar.invitation(meeting, baseUrl + meeting.roomPath(), dialIn, mailDomain);
    }

    private String known(String user) {
        var id = UserIds.requireValid(user);
        if (!directory.exists(id)) {
            throw new ParleyException.NotFound("No user '" + user + "' in the directory");
        }
        return id;
    }

    static String newId() {
        var b = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

}
