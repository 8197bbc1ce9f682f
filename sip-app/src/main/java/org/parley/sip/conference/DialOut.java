package org.parley.sip.conference;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.message.Response;

import org.parley.sip.ResponseListener;
import org.parley.sip.call.Leg;
import org.parley.sip.dialog.DialogReport;
import org.parley.telephony.ParticipantState;

/**
 * Parley rings a participant's phone into a conference: an INVITE with the focus's offer (PCMU,
 * PCMA on the participant's own RTP port); the 2xx's answer says where their audio goes and in
 * which codec. A refusal (486, 600, 603) makes them refused, any other failure failed. Thread
 * safety: the leg's transitions are synchronized on this object, and the focus is told of an
 * outcome after the lock is released (the service it reports to may end other legs).
 */
final class DialOut extends ConferenceLeg implements ResponseListener {

    private static final Logger LOG = Logger.getLogger(DialOut.class.getName());

    private final Leg leg;
    private final ConferenceFocus focus;
    private final java.time.Instant started = java.time.Instant.now();
    private boolean over;
    private boolean answered;

    DialOut(Leg leg, String conference, String user, DialogReport dialog, ConferenceFocus focus) {
        super(conference, user, dialog);
        this.leg = leg;
        this.focus = focus;
    }

    @Override
    synchronized String callId() {
        return leg.callId();
    }

    /** Sends the INVITE with the offer. */
    synchronized void start(String offer) throws ParseException, InvalidArgumentException, SipException {
        leg.invite(offer, this);
    }

    @Override
    public void onResponse(ResponseEvent event) {
        var response = event.getResponse();
        int status = response.getStatusCode();
        if (status < Response.OK) {
            provisional();
            return;
        }
        Sdp.Audio audio = null;
        synchronized (this) {
            if (status < Response.MULTIPLE_CHOICES) {
                try {
                    answered = true;
                    leg.answered(response);
                    leg.ack(null);
                    if (over) {
                        leg.end();
                        return;
                    }
                } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
                    LOG.log(Level.FINE, "Conference {0}: ACK to {1} not sent: {2}", new Object[] {conference(), user(), e});
                }
                var raw = response.getRawContent();
                audio = Sdp.audio(raw == null ? null : new String(raw, StandardCharsets.UTF_8))
                        .filter(a -> a.codec().isPresent()).orElse(null);
            }
            if (over) {
                return;
            }
            if (status >= Response.MULTIPLE_CHOICES || audio == null) {
                over = true;
            }
        }
        if (status >= Response.MULTIPLE_CHOICES) {
            focus.failed(this, refusal(status) ? ParticipantState.REFUSED : ParticipantState.FAILED,
                    "the phone answered " + status);
        } else if (audio == null) {
            hangUp();
            focus.failed(this, ParticipantState.FAILED, "the phone's answer has no PCMU or PCMA audio");
        } else {
            focus.answered(this, audio);
        }
    }

    private synchronized void provisional() {
        if (over) {
            endQuietly(); // hung up before the phone rang: CANCEL is possible now
        }
    }

    private static boolean refusal(int status) {
        return status == Response.BUSY_HERE || status == Response.DECLINE || status == Response.BUSY_EVERYWHERE;
    }

    /** Whether the phone has been ringing since before {@code cutoff}. */
    synchronized boolean ringingSince(java.time.Instant cutoff) {
        return !over && !answered && started.isBefore(cutoff);
    }

    @Override
    public void onTimeout() {
        synchronized (this) {
            if (over) {
                return;
            }
            over = true;
        }
        focus.failed(this, ParticipantState.FAILED, "the phone did not answer");
    }

    @Override
    synchronized void hangUp() {
        over = true;
        endQuietly();
    }

    /** Gives up on the phone that rang too long: CANCEL, reported to the dialog package as a timeout. */
    synchronized void giveUp() {
        over = true;
        try {
            leg.giveUp();
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "Conference {0}: ringing {1} not cancelled: {2}", new Object[] {conference(), user(), e.toString()});
        }
    }

    private void endQuietly() {
        try {
            leg.end();
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "Conference {0}: leg of {1} not ended: {2}", new Object[] {conference(), user(), e.toString()});
        }
    }
}
