package org.parley.meetings.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.parley.error.ParleyException;
import org.parley.meetings.AudioBridge;
import org.parley.meetings.RoomCommand;

/**
 * The room's side of its meeting's conference call: a mute or "mute all" the room has allowed
 * reaches the conference (audio trouble never undoes the room's change), and the room's state
 * carries the conference's lines last heard of.
 */
@ApplicationScoped
public class RoomConference {

    private static final Logger LOG = Logger.getLogger(RoomConference.class.getName());

    @Inject
    AudioBridge audio;

    @EJB
    HeardAudio heard;

    /** After the room allowed {@code command} of {@code participant}: a mute or mute-all reaches the conference. */
    void allowed(String meeting, String participant, RoomCommand command) {
        try {
            if (command instanceof RoomCommand.Mute m) {
                audio.mute(meeting, m.participant(), m.muted());
            } else if (command instanceof RoomCommand.MuteAll) {
                audio.muteAll(meeting, participant);
            }
        } catch (ParleyException e) {
            LOG.log(Level.FINE, "A room's mute did not reach the meeting's conference", e);
        }
    }

    /** The conference's lines as the room last heard of them, for the room's state. */
    JsonObject lines(String meeting) {
        return heard.of(meeting);
    }
}
