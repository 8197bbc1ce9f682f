package org.parley.sip.conference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.ops.Shutdown;
import org.parley.sip.SipFeature;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.auth.TrunkCredentials;
import org.parley.sip.dialog.CallLegs;
import org.parley.telephony.ConferenceService;

/**
 * The conference feature of the SIP edge: the focus (dial-out, dial-in, BYE), the mixer paced by
 * the server's managed scheduler, and the conference event package. Its settings are the
 * {@code parley.conference.*} variables; when they are wrong the edge runs without conferences.
 */
@ApplicationScoped
public class ConferenceFeature implements SipFeature {

    private static final Logger LOG = Logger.getLogger(ConferenceFeature.class.getName());

    @EJB
    ConferenceService conferences;

    @Inject
    DigestAuthenticator authenticator;

    @Inject
    TrunkCredentials trunk;

    @Inject
    CallLegs legs;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "parley.sip.host", defaultValue = "127.0.0.1")
    String sipHost;

    /** Where RTP is bound and offered; empty: the SIP host. */
    @Inject
    @ConfigProperty(name = "parley.conference.rtpHost")
    Optional<String> rtpHost;

    @Inject
    @ConfigProperty(name = "parley.conference.rtpPorts", defaultValue = "40000-40999")
    String rtpPorts;

    @Inject
    @ConfigProperty(name = "parley.conference.maxConferences", defaultValue = "20")
    int maxConferences;

    @Inject
    @ConfigProperty(name = "parley.conference.maxParticipants", defaultValue = "10")
    int maxParticipants;

    @Inject
    @ConfigProperty(name = "parley.conference.talkingLevel", defaultValue = "300")
    int talkingLevel;

    /** How long a participant's phone may ring, as for proxied calls. */
    @Inject
    @ConfigProperty(name = "parley.sip.ringSeconds", defaultValue = "180")
    int ringSeconds;

    /** The most subscriptions of one watcher in one event package, as for presence and dialog. */
    @Inject
    @ConfigProperty(name = "parley.sip.maxSubscriptionsPerWatcher", defaultValue = "100")
    int maxSubscriptionsPerWatcher;

    private volatile Mixer mixer;
    private volatile ConferenceFocus focus;
    private volatile ConferenceEvents events;

    @Override
    public List<SipRequestHandler> handlers(SipOutbound outbound) {
        MixerSettings settings;
        var host = rtpHost.map(String::strip).filter(h -> !h.isEmpty()).orElse(sipHost);
        try {
            settings = MixerSettings.parse(host, rtpPorts, maxConferences, maxParticipants, talkingLevel);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Conference calls disabled, invalid configuration: {0}", e.getMessage());
            return List.of();
        }
        var service = conferences;
        var pool = scheduler;
        mixer = new Mixer(settings, (conference, user, talking) ->
                pool.execute(() -> service.talking(conference, user, talking)));
        events = new ConferenceEvents(outbound, service::state, maxSubscriptionsPerWatcher);
        focus = new ConferenceFocus(outbound, service, mixer, host, events, trunk, legs);
        return List.of(new DialInHandler(authenticator, service, focus, mixer, outbound, host), new ByeHandler(focus),
                new SubscribeHandler(authenticator, service, events, outbound));
    }

    @Override
    public void started() {
        var m = mixer;
        if (m != null) {
            m.start(scheduler);
            conferences.attach(focus);
        }
    }

    @Override
    public void stopped() {
        var f = focus;
        if (f != null) {
            Shutdown.leave(() -> conferences.detach(f), LOG, "Detaching from the conferences");
            f.closeAll();
            mixer.close();
        }
    }

    @Override
    public void sweep() {
        var e = events;
        if (e != null) {
            var now = Instant.now();
            e.expire(now);
            focus.expire(now.minusSeconds(ringSeconds));
        }
    }
}
