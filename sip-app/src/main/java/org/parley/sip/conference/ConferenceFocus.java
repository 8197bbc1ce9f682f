package org.parley.sip.conference;

import java.io.IOException;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;

import org.parley.sip.SipOutbound;
import org.parley.sip.auth.TrunkCredentials;
import org.parley.sip.call.Leg;
import org.parley.sip.dialog.CallLegs;
import org.parley.sip.dialog.DialogReport;
import org.parley.telephony.ConferenceControl;
import org.parley.telephony.ConferenceService;
import org.parley.telephony.ConferenceView;
import org.parley.telephony.ParticipantState;

/**
 * The conference focus of this edge, as the conference service's {@link ConferenceControl}: it
 * rings participants ({@link DialOut}), takes the phones that dial in ({@link DialInHandler}), keeps
 * each participant's dialog by Call-ID and by conference and user, and gives the mixer their
 * streams. Every dialog's states go to the dialog event package ({@link DialogReport}) as a call of
 * the participant with the conference. Thread-safe: concurrent maps; the service is called with
 * no lock held.
 */
final class ConferenceFocus implements ConferenceControl {

    private static final Logger LOG = Logger.getLogger(ConferenceFocus.class.getName());

    private final SipOutbound outbound;
    private final ConferenceService service;
    private final Mixer mixer;
    private final String mediaHost;
    private final ConferenceEvents events;
    private final TrunkCredentials trunk;
    private final CallLegs legs;
    private final Map<String, ConferenceLeg> byCallId = new ConcurrentHashMap<>();
    private final Map<String, ConferenceLeg> byParticipant = new ConcurrentHashMap<>();

    ConferenceFocus(SipOutbound outbound, ConferenceService service, Mixer mixer, String mediaHost,
            ConferenceEvents events, TrunkCredentials trunk, CallLegs legs) {
        this.outbound = outbound;
        this.service = service;
        this.mixer = mixer;
        this.mediaHost = mediaHost;
        this.events = events;
        this.trunk = trunk;
        this.legs = legs;
    }

    /** The SIP user part of a conference's URI. */
    static String userPart(String conference) {
        return "conf-" + conference;
    }

    /** How a dialog of {@code user}'s phone with {@code conference} is reported to the dialog event package. */
    DialogReport report(String conference, String user, CallLegs.Origin origin) {
        return new DialogReport(legs, origin, userPart(conference), user);
    }

    @Override
    public String address(String conference) {
        try {
            return outbound.addressOf(userPart(conference)).getURI().toString();
        } catch (ParseException e) {
            throw new org.parley.error.ParleyException.Unavailable("The SIP edge is not running");
        }
    }

    @Override
    public void dial(String conference, String user, String contact) {
        try {
            var stream = mixer.open(conference, user);
            var target = outbound.addresses().createURI(contact);
            var report = report(conference, user, CallLegs.Origin.CONFERENCE_OUT);
            var leg = new DialOut(new Leg(outbound, target, outbound.addressOf(userPart(conference)),
                    outbound.addressOf(user), trunk, report), conference, user, report, this);
            replace(leg);
            leg.start(Sdp.offer(mediaHost, stream.localPort()));
            byCallId.put(leg.callId(), leg);
        } catch (IOException | ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "Conference {0}: {1} not rung: {2}", new Object[] {conference, user, e.toString()});
            mixer.remove(conference, user);
            service.progressed(conference, user, ParticipantState.FAILED, "the phone could not be rung: " + e.getMessage());
        }
    }

    /** Makes {@code leg} the participant's, hanging up one they had. */
    private void replace(ConferenceLeg leg) {
        var old = byParticipant.put(key(leg.conference(), leg.user()), leg);
        if (old != null && old != leg) {
            var oldCall = old.callId();
            if (oldCall != null) {
                byCallId.remove(oldCall);
            }
            old.hangUp();
        }
    }

    /** A phone dialled in and was answered: its stream is the mixer's already. */
    void dialledIn(DialIn leg) {
        replace(leg);
        byCallId.put(leg.callId(), leg);
        leg.answered();
        service.progressed(leg.conference(), leg.user(), ParticipantState.CONNECTED, "dialled in");
    }

    /** A rung phone answered with {@code audio}. */
    void answered(DialOut leg, Sdp.Audio audio) {
        mixer.connect(leg.conference(), leg.user(), audio.address(), audio.codec().orElseThrow());
        service.progressed(leg.conference(), leg.user(), ParticipantState.CONNECTED, "");
    }

    /** A rung phone refused or could not be reached. */
    void failed(DialOut leg, ParticipantState state, String reason) {
        if (forget(leg)) {
            service.progressed(leg.conference(), leg.user(), state, reason);
        }
    }

    Optional<ConferenceLeg> leg(String callId) {
        return Optional.ofNullable(byCallId.get(callId));
    }

    /** The participant's phone hung up (BYE). */
    void hungUpBy(String callId) {
        var leg = byCallId.get(callId);
        if (leg != null && forget(leg)) {
            leg.hungUpByPhone();
            service.progressed(leg.conference(), leg.user(), ParticipantState.LEFT, "hung up");
        }
    }

    /** Forgets a leg and frees its stream; false when it was not (or no longer) the participant's. */
    private boolean forget(ConferenceLeg leg) {
        var callId = leg.callId();
        if (callId != null) {
            byCallId.remove(callId);
        }
        if (byParticipant.remove(key(leg.conference(), leg.user()), leg)) {
            mixer.remove(leg.conference(), leg.user());
            return true;
        }
        return false;
    }

    @Override
    public void mute(String conference, String user, boolean muted) {
        mixer.mute(conference, user, muted);
    }

    @Override
    public void drop(String conference, String user) {
        var leg = byParticipant.get(key(conference, user));
        if (leg != null && forget(leg)) {
            leg.hangUp();
        }
    }

    @Override
    public void changed(ConferenceView view) {
        events.changed(view);
    }

    @Override
    public void close(String conference) {
        for (var leg : List.copyOf(byParticipant.values())) {
            if (leg.conference().equals(conference)) {
                drop(conference, leg.user());
            }
        }
        mixer.close(conference);
    }

    /** Gives up the phones that rang since before {@code cutoff}: CANCEL, and their participants failed. */
    void expire(java.time.Instant cutoff) {
        for (var leg : List.copyOf(byParticipant.values())) {
            if (leg instanceof DialOut out && out.ringingSince(cutoff)) {
                out.giveUp();
                failed(out, ParticipantState.FAILED, "the phone did not answer");
            }
        }
    }

    /** Hangs up every participant of every conference (the edge stops). */
    void closeAll() {
        List.copyOf(byParticipant.values()).forEach(leg -> drop(leg.conference(), leg.user()));
    }

    private static String key(String conference, String user) {
        return conference + "\n" + user;
    }
}
