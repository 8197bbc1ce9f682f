package org.parley.telephony.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.directory.Card;
import org.parley.directory.OrgDirectory;
import org.parley.error.ParleyException;
import org.parley.events.UserEvent;
import org.parley.meetings.AudioLine;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingKind;
import org.parley.telephony.CallRoute;
import org.parley.telephony.CallService;
import org.parley.telephony.ConferenceControl;
import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceView;
import org.parley.telephony.ParticipantState;

/** The conference rules with a recording edge, phones as call routes, and presence and events recorded. */
class ConferenceServiceBeanTest {

    private static final Map<String, String> PHONES = Map.of("bob", "sip:bob@10.0.0.1", "carol", "sip:carol@10.0.0.2",
            "dave", "sip:dave@10.0.0.3");

    private final ConferenceServiceBean service = new ConferenceServiceBean();
    private final List<String> edge = new ArrayList<>();
    private final List<String> onThePhone = new ArrayList<>();
    private final List<UserEvent> events = new ArrayList<>();
    private final List<String> rooms = new ArrayList<>();

    @BeforeEach
    void wire() {
        service.rules = new Phones();
        service.roster = new Roster();
        service.board = new ConferenceBoard();
        service.board.presence = new RecordedPresence();
        service.board.events = events::add;
        service.board.rooms = rooms::add;
        service.directory = numbers();
        service.ringDirectoryNumbers = true;
        service.maxParticipants = 4;
        service.maxConferences = 2;
        service.attach(new RecordingEdge());
    }

    @Test
    void startShouldRingEveryoneWithAPhoneAndNotTheDoNotDisturbedNorThePhoneless() {
        var v = service.startWith("bob", Set.of("carol", "erin", "frank"));
        assertTrue(edge.containsAll(List.of("dial bob sip:bob@10.0.0.1", "dial carol sip:carol@10.0.0.2")), edge.toString());
        assertEquals(2, edge.stream().filter(e -> e.startsWith("dial")).count());
        assertEquals(ParticipantState.REFUSED, state(v, "erin"), "Do Not Disturb");
        assertEquals(ParticipantState.FAILED, state(v, "frank"), "no phone");
        assertEquals(ParticipantState.RINGING, state(v, "carol"));
        var last = events.get(events.size() - 1);
        assertEquals("conference", last.type());
        assertEquals(Set.of("bob", "carol", "erin", "frank"), last.recipients());
    }

    @Test
    void someoneWithoutAPhoneShouldBeRungAtTheFirstDirectoryNumberTheTrunkTakes() {
        var v = service.startWith("bob", Set.of("gina", "frank"));
        assertTrue(edge.contains("dial gina sip:+491701234@10.0.0.99:5070"), "her mobile, not her office number: " + edge);
        assertEquals(ParticipantState.RINGING, state(v, "gina"));
        assertEquals(ParticipantState.FAILED, state(v, "frank"), "no phone and no number");
    }

    @Test
    void directoryNumbersShouldNotBeRungWhenSwitchedOff() {
        service.ringDirectoryNumbers = false;
        var v = service.startWith("bob", Set.of("gina"));
        assertEquals(ParticipantState.FAILED, state(v, "gina"));
        assertFalse(edge.stream().anyMatch(e -> e.startsWith("dial gina")), edge.toString());
    }

    @Test
    void onlyTheControllerShouldMuteOthersHangThemUpAndEnd() {
        var id = connected("bob", "carol", "dave");
        assertThrows(ParleyException.Forbidden.class, () -> service.mute("carol", id, "bob", true));
        assertThrows(ParleyException.Forbidden.class, () -> service.muteAll("carol", id));
        assertThrows(ParleyException.Forbidden.class, () -> service.hangUp("carol", id, "dave"));
        assertThrows(ParleyException.Forbidden.class, () -> service.end("carol", id));
        assertTrue(service.mute("carol", id, "carol", true).participants().get(1).muted(), "anyone mutes themselves");
        assertFalse(service.mute("bob", id, "carol", false).participants().get(1).muted(), "the controller unmutes");
        var all = service.muteAll("bob", id);
        assertEquals(List.of(false, true, true), all.participants().stream().map(ConferenceParticipant::muted).toList());
        assertTrue(edge.containsAll(List.of("mute carol true", "mute carol false", "mute dave true")), edge.toString());
        assertEquals(ParticipantState.LEFT, state(service.hangUp("bob", id, "dave"), "dave"));
        assertTrue(edge.contains("drop dave"));
        service.end("bob", id);
        assertTrue(edge.contains("close " + id));
        assertThrows(ParleyException.NotFound.class, () -> service.get("bob", id));
    }

    @Test
    void strangersShouldNotSeeTheConferenceAndUnknownParticipantsAreNotFound() {
        var id = connected("bob", "carol");
        assertThrows(ParleyException.NotFound.class, () -> service.get("mallory", id));
        assertThrows(ParleyException.NotFound.class, () -> service.mute("mallory", id, "mallory", true));
        assertThrows(ParleyException.NotFound.class, () -> service.mute("bob", id, "mallory", true));
        assertThrows(ParleyException.NotFound.class, () -> service.get("bob", "no-such-conference"));
    }

    @Test
    void connectedParticipantsShouldBeOnThePhoneUntilTheyLeaveAndTheLastOneEndsIt() {
        var id = connected("bob", "carol");
        assertEquals(List.of("on conference:" + id + ":bob", "on conference:" + id + ":carol"), onThePhone);
        service.progressed(id, "carol", ParticipantState.LEFT, "hung up");
        assertEquals("off conference:" + id + ":carol", onThePhone.get(2));
        service.talking(id, "bob", true);
        assertTrue(service.get("bob", id).participants().get(0).talking());
        service.progressed(id, "bob", ParticipantState.LEFT, "hung up");
        assertTrue(edge.contains("close " + id), "nobody left: the conference is over");
        assertTrue(service.state(id).isEmpty());
        assertTrue(events.get(events.size() - 1).body().getString("state").equals("ended"));
    }

    @Test
    void everyStateShouldCarryTheNextSeqAndAChangeThatChangesNothingIsNotAnnounced() {
        var id = connected("bob", "carol");
        var seq = service.get("bob", id).seq();
        var told = events.size();
        assertEquals(seq, events.get(told - 1).body().getJsonNumber("seq").longValue(), "the last event is the state now");
        assertEquals(seq + 1, service.mute("bob", id, "carol", true).seq());
        assertEquals(seq + 1, service.mute("bob", id, "carol", true).seq(), "muted already: the same state");
        assertEquals(told + 1, events.size(), "and no event for it");
        service.talking(id, "bob", true);
        assertEquals(seq + 2, events.get(events.size() - 1).body().getJsonNumber("seq").longValue());
        service.end("bob", id);
        assertEquals(seq + 3, events.get(events.size() - 1).body().getJsonNumber("seq").longValue(), "the ended state too");
    }

    @Test
    void aMutedParticipantShouldNeverCountAsTalking() {
        var id = connected("bob", "carol");
        service.mute("carol", id, "carol", true);
        service.talking(id, "carol", true);
        assertFalse(service.get("bob", id).participants().get(1).talking());
    }

    @Test
    void limitsAndAMissingEdgeShouldRefuseToStart() {
        assertThrows(ParleyException.Conflict.class, () -> service.startWith("bob", Set.of("carol", "dave", "erin", "frank")));
        assertThrows(ParleyException.Conflict.class, () -> service.startWith("frank", Set.of("bob")), "no phone");
        service.startWith("bob", Set.of("carol"));
        service.startWith("bob", Set.of("dave"));
        var full = assertThrows(ParleyException.Conflict.class, () -> service.startWith("carol", Set.of("dave")));
        assertEquals("too-many-conferences", full.kind());
        service.detach(service.board.control().orElseThrow());
        assertEquals(0, service.board.size(), "the edge's conferences end with it");
        assertThrows(ParleyException.Unavailable.class, () -> service.startWith("bob", Set.of("carol")));
    }

    @Test
    void aMeetingsConferenceShouldStartOnTheFirstDialInOfAParticipant() {
        assertThrows(ParleyException.NotFound.class, () -> service.admit("c-unknown", "bob"));
        assertThrows(ParleyException.Forbidden.class, () -> service.admit("m-weekly", "mallory"));
        assertFalse(service.admit("m-weekly", "carol"));
        var v = service.state("m-weekly").orElseThrow();
        assertEquals("bob", v.controller(), "the meeting's owner controls it");
        assertEquals(ParticipantState.INVITED, state(v, "bob"));
        service.progressed("m-weekly", "carol", ParticipantState.CONNECTED, "dialled in");
        assertThrows(ParleyException.Conflict.class, () -> service.admit("m-weekly", "carol"), "on it already");
        assertThrows(ParleyException.Forbidden.class, () -> service.startFromMeeting("carol", "weekly"));
        service.joinMeeting("bob", "weekly");
        assertTrue(edge.contains("dial bob sip:bob@10.0.0.1"));
        assertEquals("sip:conf-m-weekly@edge", service.meetingAddress("weekly"));
    }

    @Test
    void aRoomsMuteShouldReachTheMeetingsConferenceOnlyForSomeoneOnIt() {
        assertFalse(service.muteInMeeting("weekly", "carol", true), "no conference runs yet");
        assertFalse(edge.stream().anyMatch(e -> e.startsWith("mute")), edge.toString());
        service.admit("m-weekly", "carol");
        service.progressed("m-weekly", "carol", ParticipantState.CONNECTED, "dialled in");
        assertTrue(service.muteInMeeting("weekly", "carol", true));
        var carol = service.state("m-weekly").orElseThrow().participants().stream()
                .filter(p -> p.user().equals("carol")).findFirst().orElseThrow();
        assertTrue(carol.muted());
        assertTrue(edge.contains("mute carol true"), edge.toString());
        assertTrue(service.muteInMeeting("weekly", "carol", false));
        assertTrue(edge.contains("mute carol false"), edge.toString());
        assertFalse(service.muteInMeeting("weekly", "mallory", true), "not on the conference");
        assertFalse(edge.contains("mute mallory true"), edge.toString());
    }

    @Test
    void aRoomsMuteAllShouldMuteEveryLineButTheModeratorsAndTheRoomShouldHearOfEachChange() {
        assertFalse(service.muteAllInMeeting("weekly", "bob"), "no conference runs yet");
        service.admit("m-weekly", "carol");
        service.progressed("m-weekly", "carol", ParticipantState.CONNECTED, "dialled in");
        service.joinMeeting("bob", "weekly");
        service.progressed("m-weekly", "bob", ParticipantState.CONNECTED, "");
        var bridge = new ConferenceAudioBridge();
        bridge.conferences = service;
        assertEquals(Set.of(new AudioLine("bob", AudioLine.State.CONNECTED, false, false),
                new AudioLine("carol", AudioLine.State.CONNECTED, false, false)), Set.copyOf(bridge.lines("weekly")));
        rooms.clear();
        bridge.muteAll("weekly", "bob");
        assertEquals(List.of("weekly"), rooms, "one change of the meeting's conference");
        var lines = bridge.lines("weekly");
        assertTrue(lines.contains(new AudioLine("carol", AudioLine.State.CONNECTED, true, false)), lines.toString());
        assertTrue(lines.contains(new AudioLine("bob", AudioLine.State.CONNECTED, false, false)), lines.toString());
        assertTrue(edge.contains("mute carol true") && !edge.contains("mute bob true"), edge.toString());
        service.talking("m-weekly", "bob", true);
        assertTrue(bridge.lines("weekly").contains(new AudioLine("bob", AudioLine.State.CONNECTED, false, true)));
        assertEquals(List.of("weekly", "weekly"), rooms);
        connected("bob", "dave");
        assertEquals(2, rooms.size(), "a conference of no meeting has no room to tell");
        service.end("bob", "m-weekly");
        assertEquals(List.of(), bridge.lines("weekly"), "over: nobody is on it");
        assertEquals(3, rooms.size());
    }

    /** A conference of the users, everyone connected. */
    private String connected(String initiator, String... others) {
        var id = service.startWith(initiator, new LinkedHashSet<>(List.of(others))).id();
        service.progressed(id, initiator, ParticipantState.CONNECTED, "");
        for (var other : others) {
            service.progressed(id, other, ParticipantState.CONNECTED, "");
        }
        return id;
    }

    private static ParticipantState state(ConferenceView v, String user) {
        return v.participants().stream().filter(p -> p.user().equals(user)).findFirst().orElseThrow().state();
    }

    /** bob, carol and dave have phones; erin is on Do Not Disturb; anyone else has no phone. */
    /** gina's office number is one the trunk refuses, her mobile one it takes; nobody else has numbers. */
    private static OrgDirectory numbers() {
        var gina = new Card("gina", "Gina", "Gina", "G", "", "", "", "+1 555 0100", "+49 (170) 12-34", "", "", "", "", false);
        return (OrgDirectory) Proxy.newProxyInstance(OrgDirectory.class.getClassLoader(), new Class<?>[] {OrgDirectory.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("card")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return "gina".equals(args[0]) ? Optional.of(gina) : Optional.empty();
                });
    }

    private static final class Phones implements CallService {
        @Override
        public CallRoute route(String caller, String target) {
            if (target.startsWith("+49")) {
                return new CallRoute.ToTrunk(target, "sip:10.0.0.99:5070");
            }
            if (target.startsWith("+")) {
                return new CallRoute.Unreachable(CallRoute.Why.NUMBER_NOT_ALLOWED, target + " may not be called");
            }
            if ("erin".equals(target)) {
                return new CallRoute.Unreachable(CallRoute.Why.DO_NOT_DISTURB, "erin does not want to be disturbed now");
            }
            var phone = PHONES.get(target);
            return phone == null ? new CallRoute.Unreachable(CallRoute.Why.NO_DEVICE, target + " has no phone registered now")
                    : new CallRoute.ToDevices(target, List.of(phone));
        }

        @Override
        public CallRoute routeFromTrunk(String caller, String target) {
            throw new AssertionError("conferences do not take calls from the trunk");
        }

        @Override
        public void connected(String callKey, Collection<String> parties) {
            throw new AssertionError("conferences use CallPresence directly");
        }

        @Override
        public void ended(String callKey) {
            throw new AssertionError("conferences use CallPresence directly");
        }
    }

    /** Everyone named exists; the meeting "weekly" is bob's with carol invited. */
    private static final class Roster extends ConferenceRoster {
        @Override
        public Set<String> ofUsers(String caller, Set<String> users) {
            var all = new LinkedHashSet<String>();
            all.add(caller);
            users.stream().sorted().forEach(all::add);
            return all;
        }

        @Override
        public Meeting meeting(String meetingId) {
            if (!"weekly".equals(meetingId)) {
                throw new ParleyException.NotFound("No meeting " + meetingId);
            }
            return new Meeting("weekly", MeetingKind.INSTANT, "Weekly", "bob", Instant.EPOCH, 60, Set.of("carol"), null,
                    Instant.EPOCH, null);
        }
    }

    private final class RecordedPresence extends CallPresence {
        @Override
        public void onThePhone(String callKey, String user) {
            onThePhone.add("on " + callKey);
        }

        @Override
        public void hungUp(String callKey) {
            onThePhone.add("off " + callKey);
        }
    }

    private final class RecordingEdge implements ConferenceControl {
        @Override
        public String address(String conference) {
            return "sip:conf-" + conference + "@edge";
        }

        @Override
        public void dial(String conference, String user, String contact) {
            edge.add("dial " + user + " " + contact);
        }

        @Override
        public void mute(String conference, String user, boolean muted) {
            edge.add("mute " + user + " " + muted);
        }

        @Override
        public void drop(String conference, String user) {
            edge.add("drop " + user);
        }

        @Override
        public void changed(ConferenceView view) {
            // the event package is the edge's
        }

        @Override
        public void close(String conference) {
            edge.add("close " + conference);
        }
    }
}
