package org.parley.sip.dialog;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.presence.PresenceService;
import org.parley.privacy.PrivacyService;
import org.parley.sip.SipFeature;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.subscription.EventNotifier;

/** The dialog event package of the SIP edge (RFC 4235): SUBSCRIBE to a user's calls, NOTIFY at every change. */
@ApplicationScoped
public class DialogFeature implements SipFeature {

    @EJB
    PresenceService users;

    @EJB
    PrivacyService privacy;

    @Inject
    DigestAuthenticator authenticator;

    @Inject
    DialogWatch watch;

    private volatile DialogNotifier notifier;

    @Override
    public List<SipRequestHandler> handlers(SipOutbound outbound) {
        var events = new EventNotifier(outbound, watch.subscriptions(), DialogSubscribeHandler.PACKAGE, DialogInfo.TYPE,
                DialogInfo.SUBTYPE);
        notifier = new DialogNotifier(events, privacy, watch.legs());
        return List.of(new DialogSubscribeHandler(authenticator, users, watch.subscriptions(), events, notifier));
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
    }
}
