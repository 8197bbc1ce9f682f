package org.parley.telephony.internal;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;
import org.parley.meetings.AudioBridge;
import org.parley.meetings.AudioLine;
import org.parley.telephony.ConferenceService;
import org.parley.telephony.ParticipantState;

/**
 * A meeting's audio as Parley's conference calls provide it: dial-in at the meeting's conference
 * URI (and the configured number, if any), and "join audio" ringing the participant's phone into
 * the meeting's conference, the room's mutes, and the conference's lines for the room. Replaces
 * the meetings module's configured-only bridge.
 */
@ApplicationScoped
@Alternative
@Priority(100)
public class ConferenceAudioBridge implements AudioBridge {

    @EJB
    ConferenceService conferences;

    @Inject
    @ConfigProperty(name = "parley.meetings.dialIn.number")
    Optional<String> number;

    @Override
    public Optional<DialIn> dialIn(String meeting) {
        var configured = number.map(String::strip).orElse("");
        String sip;
        try {
            sip = conferences.meetingAddress(meeting);
        } catch (ParleyException.Unavailable e) {
            sip = "";
        }
        if (configured.isEmpty() && sip.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DialIn(configured, AudioBridge.conferenceCode(meeting), sip));
    }

    @Override
    public void call(String meeting, String user) {
        conferences.joinMeeting(user, meeting);
    }

    @Override
    public void mute(String meeting, String participant, boolean muted) {
        conferences.muteInMeeting(meeting, participant, muted);
    }

    @Override
    public void muteAll(String meeting, String except) {
        conferences.muteAllInMeeting(meeting, except);
    }

    @Override
    public List<AudioLine> lines(String meeting) {
        return conferences.state(ConferenceServiceBean.MEETING_PREFIX + meeting).filter(v -> !v.ended()).stream()
                .flatMap(v -> v.participants().stream()).filter(p -> p.state().isActive())
                .map(p -> new AudioLine(p.user(), p.state() == ParticipantState.CONNECTED ? AudioLine.State.CONNECTED
                        : AudioLine.State.RINGING, p.muted(), p.talking()))
                .toList();
    }
}
