package org.parley.sip.presence;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.presence.PresenceService;
import org.parley.sip.SipFeature;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.subscription.EventNotifier;

/** The presence feature of the SIP edge: SUBSCRIBE, NOTIFY on every change, PUBLISH. */
@ApplicationScoped
public class PresenceFeature implements SipFeature {

    @EJB
    PresenceService presence;

    @Inject
    DigestAuthenticator authenticator;

    @Inject
    PresenceWatch watch;

    private final Publications publications = new Publications();
    private volatile Notifier notifier;

    @Override
    public List<SipRequestHandler> handlers(SipOutbound outbound) {
        var events = new EventNotifier(outbound, watch.subscriptions(), EventPackage.PRESENCE, Pidf.CONTENT_TYPE,
                Pidf.CONTENT_SUBTYPE);
        notifier = new Notifier(events);
        return List.of(new SubscribeHandler(authenticator, presence, watch.subscriptions(), events, notifier),
                new PublishHandler(authenticator, presence, publications));
    }

    @Override
    public void started() {
        watch.start(notifier);
    }

    @Override
    public void stopped() {
        watch.stop();
    }

    @Override
    public void sweep() {
        watch.sweep();
        publications.expire(Instant.now());
    }
}
