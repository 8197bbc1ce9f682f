package org.parley.telephony;

import java.util.Optional;
import java.util.Set;

/**
 * Conference calls: Parley rings every participant's phone and mixes their audio (the SIP edge's
 * focus, attached as {@link ConferenceControl}). State changes reach the participants' clients as
 * user events of type {@code conference}. The initiator (or a meeting's owner) controls the
 * call; everyone else may only mute or unmute themselves.
 */
public interface ConferenceService {

    /**
     * Starts a conference of a group chat's members (any member may).
     *
     * @throws org.parley.error.ParleyException.NotFound or Forbidden when the caller is not a member of that chat
     * @throws org.parley.error.ParleyException.Conflict when too many would take part or too many conferences run
     * @throws org.parley.error.ParleyException.Unavailable when no SIP edge runs on this server
     */
    ConferenceView startFromChat(String user, String conversationId);

    /**
     * Starts (or rings everyone into) a meeting's conference: its owner only; every invitee is rung.
     *
     * @throws org.parley.error.ParleyException.Forbidden when the caller does not own the meeting
     */
    ConferenceView startFromMeeting(String user, String meetingId);

    /**
     * Starts a conference of the caller and the users named.
     *
     * @throws org.parley.error.ParleyException.NotFound when one is not in the directory
     * @throws org.parley.error.ParleyException.Invalid for a malformed id or nobody but the caller
     */
    ConferenceView startWith(String user, Set<String> users);

    /**
     * "Join audio": rings the caller's phone into the meeting's conference, starting it on first use.
     *
     * @throws org.parley.error.ParleyException.Forbidden when the caller is not invited to the meeting
     * @throws org.parley.error.ParleyException.Conflict when the caller has no phone registered
     */
    ConferenceView joinMeeting(String user, String meetingId);

    /** The SIP URI to dial into a meeting's conference (it starts on the first dial-in). */
    String meetingAddress(String meetingId);

    /**
     * A conference the caller takes part in.
     *
     * @throws org.parley.error.ParleyException.NotFound when there is none, or the caller is not a participant
     */
    ConferenceView get(String user, String conference);

    /**
     * Mutes or unmutes a participant: the controller anyone, everyone else only themselves.
     *
     * @throws org.parley.error.ParleyException.Forbidden when the caller may not
     * @throws org.parley.error.ParleyException.NotFound for no such conference or participant
     */
    ConferenceView mute(String user, String conference, String participant, boolean muted);

    /**
     * A meeting room's mute reaches its conference: the room has already checked who may (a
     * moderator anyone, an attendee themselves, unmuting only with the unmute permission), so
     * this only applies it, to the mixer too. Nothing happens when the meeting's conference does
     * not run or the participant is not on it.
     *
     * @return whether a conference participant was changed
     */
    boolean muteInMeeting(String meetingId, String participant, boolean muted);

    /**
     * A meeting room's "mute all" reaches its conference: the room has already checked that a
     * moderator asked, so this mutes every line but {@code except}'s, in the mixer too. Nothing
     * happens when the meeting's conference does not run.
     *
     * @return whether a conference runs for the meeting
     */
    boolean muteAllInMeeting(String meetingId, String except);

    /** The controller mutes everyone but themselves. */
    ConferenceView muteAll(String user, String conference);

    /** Hangs up a participant: the controller anyone, everyone else only themselves. */
    ConferenceView hangUp(String user, String conference, String participant);

    /** The controller ends the conference for everyone. */
    void end(String user, String conference);

    /**
     * A participant's phone dials into the conference (a meeting's starts on first use).
     *
     * @return whether they join muted
     * @throws org.parley.error.ParleyException.NotFound when there is no such conference
     * @throws org.parley.error.ParleyException.Forbidden when the caller is not a participant
     * @throws org.parley.error.ParleyException.Conflict when they are on the call already or it is full
     */
    boolean admit(String conference, String user);

    /** Whether {@code user} takes part in (or controls) the conference, for conference event subscriptions. */
    boolean isParticipant(String conference, String user);

    /** The conference's current state, for the edge (no permission check); empty once it is over. */
    Optional<ConferenceView> state(String conference);

    /** The edge reports a participant's progress (answered, refused, hung up). */
    void progressed(String conference, String user, ParticipantState state, String reason);

    /** The edge reports that a participant started or stopped talking. */
    void talking(String conference, String user, boolean talking);

    /**
     * Where phones reach the conference when another server of the cluster hosts it: that
     * server's conference URI; empty when this server hosts it or nobody does.
     */
    default Optional<String> hostedElsewhere(String conference) {
        return Optional.empty();
    }

    /** The edge that mixes conferences attaches while it runs. */
    void attach(ConferenceControl control);

    void detach(ConferenceControl control);
}
