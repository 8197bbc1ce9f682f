package org.parley.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;
import org.parley.meetings.Attendee;
import org.parley.meetings.Deck;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingKind;
import org.parley.meetings.Permission;
import org.parley.meetings.Role;
import org.parley.meetings.RoomCommand;
import org.parley.meetings.Shape;

class RoomRulesTest {

    private final Meeting meeting = new Meeting("m1", MeetingKind.INSTANT, "T", "alice", Instant.now(), 60,
            Set.of("bob"), Passwords.hash("secret"), Instant.now(), null);
    private final RoomState state = new RoomState("m1");
    private long seq;

    private void apply(List<MeetingEvent> events) {
        events.forEach(e -> state.apply(e.numbered(++seq)));
    }

    private RoomRules rules() {
        return new RoomRules(state, meeting, Instant.now());
    }

    private void join(String user) {
        apply(rules().join(Attendee.user(user, user), user + "-c", false));
    }

    @Test
    void theOwnerShouldModerateAndTheFirstJoinShouldStartTheMeeting() {
        var events = rules().join(Attendee.user("alice", "Alice"), "c1", false);
        assertEquals(List.of("started", "joined"), events.stream().map(MeetingEvent::type).toList());
        apply(events);
        assertEquals(Role.MODERATOR, state.member("alice").orElseThrow().role);
        assertTrue(state.started != null);
    }

    @Test
    void aPasswordShouldBeNeededByGuestsAndUninvitedPeopleOnly() {
        join("alice");
        join("bob");
        assertThrows(ParleyException.Forbidden.class, () -> rules().join(Attendee.user("dave", "Dave"), "d", false));
        assertThrows(ParleyException.Forbidden.class, () -> rules().join(Attendee.guest("Gus"), "g", false));
        assertEquals("joined", rules().join(Attendee.user("dave", "Dave"), "d", true).get(0).type());
        assertTrue(Passwords.matches("secret", meeting.passwordHash()));
        assertFalse(Passwords.matches("Secret", meeting.passwordHash()));
    }

    @Test
    void aGuestShouldKnockToTheModeratorsAndWaitUntilAdmitted() {
        join("alice");
        var guest = Attendee.guest("Gus");
        var knock = rules().join(guest, "g", true);
        assertEquals("knocked", knock.get(0).type());
        assertEquals(Set.of("alice"), knock.get(0).to());
        apply(knock);
        assertFalse(state.member(guest.id()).orElseThrow().admitted);
        assertThrows(ParleyException.Forbidden.class, () -> rules().decide(guest.id(), new RoomCommand.Chat("hi")));
        apply(rules().decide("alice", new RoomCommand.Admit(guest.id(), true)));
        assertTrue(state.member(guest.id()).orElseThrow().present());
        assertEquals("chat", rules().decide(guest.id(), new RoomCommand.Chat("hi")).get(0).type());
    }

    @Test
    void permissionsShouldFollowRolesAndGrants() {
        join("alice");
        join("bob");
        apply(rules().decide("alice", new RoomCommand.Hand(true)));
        var shape = new Shape("rect", List.of(1, 1, 5, 5), "#000000", 1, "");
        assertThrows(ParleyException.Forbidden.class, () -> rules().decide("bob", new RoomCommand.Stroke(shape)));
        assertThrows(ParleyException.Forbidden.class, () -> rules().decide("bob", new RoomCommand.Lock(true)));
        apply(rules().decide("alice", new RoomCommand.Grant("bob", Permission.DRAW, true)));
        apply(rules().decide("bob", new RoomCommand.Stroke(shape)));
        assertEquals(1, state.strokes.size());
        apply(rules().decide("bob", new RoomCommand.Undo()));
        assertEquals(0, state.strokes.size());
        assertThrows(ParleyException.Conflict.class, () -> rules().decide("bob", new RoomCommand.Undo()));
        apply(rules().decide("alice", new RoomCommand.SetRole("bob", Role.ATTENDEE)));
        assertThrows(ParleyException.Forbidden.class, () -> rules().decide("bob", new RoomCommand.Stroke(shape)));
    }

    @Test
    void aPollShouldTakeOneVoteEachUntilClosed() {
        join("alice");
        join("bob");
        apply(rules().decide("alice", new RoomCommand.CreatePoll("Q?", List.of("a", "b"))));
        var poll = state.polls.keySet().iterator().next();
        apply(rules().decide("bob", new RoomCommand.Vote(poll, 1)));
        assertThrows(ParleyException.Conflict.class, () -> rules().decide("bob", new RoomCommand.Vote(poll, 0)));
        assertThrows(ParleyException.Invalid.class, () -> rules().decide("alice", new RoomCommand.Vote(poll, 2)));
        apply(rules().decide("alice", new RoomCommand.ClosePoll(poll)));
        assertThrows(ParleyException.Conflict.class, () -> rules().decide("alice", new RoomCommand.Vote(poll, 0)));
        assertEquals(1, state.polls.get(poll).counts[1]);
    }

    @Test
    void pagesShouldExistAndRemovedPeopleShouldStayOut() {
        join("alice");
        join("bob");
        assertThrows(ParleyException.NotFound.class, () -> rules().decide("alice", new RoomCommand.Page("d", 1)));
        apply(rules().addDeck("alice", new Deck("d", "d.pdf", 2)));
        assertThrows(ParleyException.Invalid.class, () -> rules().decide("alice", new RoomCommand.Page("d", 3)));
        apply(rules().decide("alice", new RoomCommand.Page("d", 2)));
        assertEquals(2, state.page);
        apply(rules().decide("alice", new RoomCommand.Remove("bob")));
        assertThrows(ParleyException.Forbidden.class, () -> join("bob"));
        assertThrows(ParleyException.Forbidden.class, () -> rules().decide("alice", new RoomCommand.Remove("alice")));
        apply(rules().decide("alice", new RoomCommand.End()));
        assertThrows(ParleyException.Conflict.class, () -> join("carol"));
    }

    @Test
    void muteAllShouldBeTheModeratorsAndMuteEveryoneElseNotYetMuted() {
        join("alice");
        join("bob");
        var refused = assertThrows(ParleyException.Forbidden.class, () -> rules().decide("bob", new RoomCommand.MuteAll()));
        assertEquals("Only a moderator may do this", refused.getMessage());
        assertEquals(List.of(), rules().decide("alice", new RoomCommand.MuteAll()), "everyone joins muted");
        apply(rules().decide("alice", new RoomCommand.Mute("bob", false)));
        apply(rules().decide("alice", new RoomCommand.Mute("alice", false)));
        var events = rules().decide("alice", new RoomCommand.MuteAll());
        assertEquals(List.of("muted"), events.stream().map(MeetingEvent::type).toList());
        assertEquals("bob", events.get(0).body().getString("participant"));
        apply(events);
        assertTrue(state.member("bob").orElseThrow().muted);
        assertFalse(state.member("alice").orElseThrow().muted, "the moderator stays unmuted");
    }

    @Test
    void pushedUrlsShouldBeHttpOrHttpsWithoutCredentials() {
        assertEquals("https://example.org/a", new RoomCommand.PushUrl(" https://example.org/a ").url());
        for (var bad : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/", "/relative",
                "https://user:pw@example.org/", "data:text/html,hi", "http://")) {
            assertThrows(ParleyException.Invalid.class, () -> new RoomCommand.PushUrl(bad), bad);
        }
    }
}
