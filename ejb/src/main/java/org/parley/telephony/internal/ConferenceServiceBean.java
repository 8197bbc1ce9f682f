package org.parley.telephony.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.OrgDirectory;
import org.parley.error.ParleyException;
import org.parley.telephony.CallRoute;
import org.parley.telephony.CallService;
import org.parley.telephony.ConferenceControl;
import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceView;
import org.parley.telephony.ParticipantState;

/**
 * The rules of conference calls: who is invited (a chat, a meeting, users named), who is rung
 * (each participant's newest phone, by the call rules: Do Not Disturb refuses), who may mute,
 * hang up and end (the controller: the initiator, or a meeting's owner; anyone for themselves).
 * A meeting's conference has the id {@code m-<meeting>}, so dialling in finds it. Thread safety:
 * bean-managed concurrency; the state is the board's.
 */
@Singleton
@Local(LocalConferences.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConferenceServiceBean implements LocalConferences {

    static final String MEETING_PREFIX = "m-";

    @EJB
    CallService rules;

    @EJB
    ConferenceRoster roster;

    @Inject
    ConferenceBoard board;

    @Inject
    OrgDirectory directory;

    /** Whether a participant without a registered phone is rung at their directory number, through the trunk. */
    @Inject
    @ConfigProperty(name = "parley.conference.ringDirectoryNumbers", defaultValue = "true")
    boolean ringDirectoryNumbers;

    @Inject
    @ConfigProperty(name = "parley.conference.maxParticipants", defaultValue = "10")
    int maxParticipants;

    @Inject
    @ConfigProperty(name = "parley.conference.maxConferences", defaultValue = "20")
    int maxConferences;

    @Override
    public ConferenceView startFromChat(String user, String conversationId) {
        var invited = roster.ofChat(user, conversationId);
        return start(newId(), user, user, "chat:" + conversationId.strip(), invited, invited);
    }

    @Override
    public ConferenceView startFromMeeting(String user, String meetingId) {
        var meeting = roster.meeting(meetingId);
        if (!meeting.owner().equals(user)) {
            throw new ParleyException.Forbidden("Only the meeting's moderator may call everyone into its conference");
        }
        var invited = ConferenceRoster.ofMeeting(meeting);
        return start(MEETING_PREFIX + meeting.id(), user, meeting.owner(), ConferenceBoard.MEETING_ORIGIN + meeting.id(), invited, invited);
    }

    @Override
    public ConferenceView startWith(String user, Set<String> users) {
        var invited = roster.ofUsers(user, users);
        if (invited.size() < 2) {
            throw new ParleyException.Invalid("A conference needs someone besides you");
        }
        return start(newId(), user, user, "users", invited, invited);
    }

    @Override
    public ConferenceView joinMeeting(String user, String meetingId) {
        var meeting = roster.meeting(meetingId);
        if (!meeting.isInvited(user)) {
            throw new ParleyException.Forbidden("You are not invited to this meeting");
        }
        return start(MEETING_PREFIX + meeting.id(), user, meeting.owner(), ConferenceBoard.MEETING_ORIGIN + meeting.id(),
                ConferenceRoster.ofMeeting(meeting), Set.of(user));
    }

    @Override
    public Set<String> hosted() {
        return board.ids();
    }

    @Override
    public String meetingAddress(String meetingId) {
        return edge().address(MEETING_PREFIX + meetingId);
    }

    /** Opens the conference (or finds it, for a meeting's) and rings {@code ring} among those not on it yet. */
    private ConferenceView start(String id, String initiator, String controller, String origin, Set<String> invited,
            Set<String> ring) {
        var edge = edge();
        if (invited.size() > maxParticipants) {
            throw new ParleyException.Conflict("too-many-participants",
                    "A conference takes at most " + maxParticipants + " participants; " + invited.size() + " are invited");
        }
        var routes = new LinkedHashMap<String, CallRoute>();
        ring.forEach(u -> routes.put(u, rules.route(initiator, u)));
        if (routes.get(initiator) instanceof CallRoute.Unreachable u && u.why() == CallRoute.Why.NO_DEVICE) {
            throw new ParleyException.Conflict("no-device", "You have no phone registered; register one first");
        }
        routes.replaceAll((u, route) -> route instanceof CallRoute.Unreachable none && none.why() == CallRoute.Why.NO_DEVICE
                ? atDirectoryNumber(initiator, u, none) : route);
        if (board.find(id).isEmpty() && board.size() >= maxConferences) {
            throw new ParleyException.Conflict("too-many-conferences",
                    "This server runs " + maxConferences + " conferences already; try again later");
        }
        board.open(new ConferenceView(id, initiator, controller, origin, edge.address(id), false, invitedAll(invited)));
        var dials = new LinkedHashMap<String, String>();
        var change = board.change(id, v -> {
            var next = v;
            for (var entry : routes.entrySet()) {
                var now = ConferenceAccess.find(next, entry.getKey());
                if (now.isPresent() && !now.get().state().isActive()) {
                    next = ConferenceBoard.with(next, entry.getKey(), p -> rung(p, entry.getValue(), dials));
                }
            }
            return next;
        });
        dials.forEach((user, contact) -> edge.dial(id, user, contact));
        return board.find(id).orElse(change.after());
    }

    private static String newId() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static List<ConferenceParticipant> invitedAll(Set<String> users) {
        return users.stream().map(u -> new ConferenceParticipant(u, ParticipantState.INVITED, false, false, "")).toList();
    }

    /**
     * Someone with no phone registered, rung at the first of their office and mobile numbers that
     * the trunk takes; without such a number (or when that is switched off) they stay {@code none}.
     */
    private CallRoute atDirectoryNumber(String initiator, String user, CallRoute.Unreachable none) {
        if (!ringDirectoryNumbers) {
            return none;
        }
        for (var number : DirectoryNumbers.of(directory, user)) {
            if (rules.route(initiator, number) instanceof CallRoute.ToTrunk trunk) {
                return trunk;
            }
        }
        return none;
    }

    private static ConferenceParticipant rung(ConferenceParticipant p, CallRoute route, Map<String, String> dials) {
        if (route instanceof CallRoute.ToDevices devices) {
            dials.put(p.user(), devices.contacts().get(0));
            return p.in(ParticipantState.RINGING, "");
        }
        if (route instanceof CallRoute.ToTrunk trunk) {
            dials.put(p.user(), trunk.requestUri());
            return p.in(ParticipantState.RINGING, "");
        }
        var refused = (CallRoute.Unreachable) route;
        return p.in(refused.why() == CallRoute.Why.DO_NOT_DISTURB ? ParticipantState.REFUSED : ParticipantState.FAILED,
                refused.detail());
    }

    @Override
    public ConferenceView get(String user, String conference) {
        return visible(user, conference);
    }

    @Override
    public ConferenceView mute(String user, String conference, String participant, boolean muted) {
        ConferenceAccess.mayActOn(visible(user, conference), user, participant, "mute or unmute");
        return applyMute(conference, participant, muted);
    }

    /** A mute already allowed: on the board and in the mixer. */
    private ConferenceView applyMute(String conference, String participant, boolean muted) {
        return applyMute(conference, List.of(participant), muted);
    }

    /** Mutes already allowed, of several participants in one change: on the board and in the mixer. */
    private ConferenceView applyMute(String conference, List<String> participants, boolean muted) {
        var after = board.change(conference, c -> {
            var next = c;
            for (var participant : participants) {
                next = ConferenceBoard.with(next, participant, p -> p.muted(muted));
            }
            return next;
        }).after();
        board.control().ifPresent(edge -> participants.forEach(p -> edge.mute(conference, p, muted)));
        return after;
    }

    @Override
    public boolean muteInMeeting(String meetingId, String participant, boolean muted) {
        var conference = MEETING_PREFIX + meetingId;
        var on = running(conference).stream().flatMap(v -> v.participants().stream())
                .anyMatch(p -> p.user().equals(participant));
        if (!on) {
            return false;
        }
        applyMute(conference, participant, muted);
        return true;
    }

    @Override
    public boolean muteAllInMeeting(String meetingId, String except) {
        var conference = MEETING_PREFIX + meetingId;
        var running = running(conference);
        running.ifPresent(v -> applyMute(conference, others(v, except), true));
        return running.isPresent();
    }

    @Override
    public ConferenceView muteAll(String user, String conference) {
        return applyMute(conference, others(controlled(user, conference), user), true);
    }

    private Optional<ConferenceView> running(String conference) {
        return board.find(conference).filter(v -> !v.ended());
    }

    private static List<String> others(ConferenceView v, String user) {
        return v.participants().stream().map(ConferenceParticipant::user).filter(u -> !u.equals(user)).toList();
    }

    @Override
    public ConferenceView hangUp(String user, String conference, String participant) {
        ConferenceAccess.mayActOn(visible(user, conference), user, participant, "hang up");
        var why = user.equals(participant) ? "hung up" : "hung up by " + user;
        var after = board.change(conference, c -> ConferenceBoard.with(c, participant,
                p -> p.state().isActive() ? p.in(ParticipantState.LEFT, why) : p)).after();
        board.control().ifPresent(edge -> edge.drop(conference, participant));
        return after;
    }

    @Override
    public void end(String user, String conference) {
        controlled(user, conference);
        board.change(conference, c -> new ConferenceView(c.id(), c.initiator(), c.controller(), c.origin(), c.address(),
                true, c.participants()));
    }

    @Override
    public boolean admit(String conference, String user) {
        var known = board.find(conference);
        if (known.isEmpty() && conference != null && conference.startsWith(MEETING_PREFIX)) {
            joinMeetingByPhone(conference.substring(MEETING_PREFIX.length()), user);
            known = board.find(conference);
        }
        var v = known.orElseThrow(() -> new ParleyException.NotFound("No conference " + conference));
        var p = ConferenceAccess.participantOf(v, user);
        if (p.state() == ParticipantState.CONNECTED) {
            throw new ParleyException.Conflict("already-connected", user + " is on this conference already");
        }
        board.control().ifPresent(edge -> edge.drop(conference, user)); // a phone still ringing for them stops
        board.change(conference, c -> ConferenceBoard.with(c, user, q -> q.in(ParticipantState.RINGING, "dialled in")));
        return p.muted();
    }

    private void joinMeetingByPhone(String meetingId, String user) {
        var meeting = roster.meeting(meetingId);
        if (!meeting.isInvited(user)) {
            throw new ParleyException.Forbidden("You are not invited to this meeting");
        }
        var id = MEETING_PREFIX + meeting.id();
        board.open(new ConferenceView(id, user, meeting.owner(), ConferenceBoard.MEETING_ORIGIN + meeting.id(), edge().address(id), false,
                invitedAll(ConferenceRoster.ofMeeting(meeting))));
    }

    @Override
    public boolean isParticipant(String conference, String user) {
        return board.find(conference).map(v -> ConferenceAccess.isIn(v, user)).orElse(false);
    }

    @Override
    public Optional<ConferenceView> state(String conference) {
        return board.find(conference);
    }

    @Override
    public void progressed(String conference, String user, ParticipantState state, String reason) {
        board.change(conference, c -> ConferenceBoard.with(c, user,
                p -> p.state().isActive() && p.state() != state ? p.in(state, reason) : p));
    }

    @Override
    public void talking(String conference, String user, boolean talking) {
        board.change(conference, c -> ConferenceBoard.with(c, user,
                p -> p.state() == ParticipantState.CONNECTED && !p.muted() ? p.talking(talking) : p.talking(false)));
    }

    @Override
    public void attach(ConferenceControl control) {
        board.attach(control);
    }

    @Override
    public void detach(ConferenceControl control) {
        board.detach(control);
    }

    private ConferenceControl edge() {
        return board.control().orElseThrow(
                () -> new ParleyException.Unavailable("No SIP edge runs on this server; conference calls cannot be placed"));
    }

    private ConferenceView visible(String user, String conference) {
        return ConferenceAccess.visible(board.find(conference), user, conference);
    }

    private ConferenceView controlled(String user, String conference) {
        return ConferenceAccess.controlled(board.find(conference), user, conference);
    }
}
