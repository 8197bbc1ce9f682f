package org.parley.sip.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.ops.Shutdown;
import org.parley.sip.SipFeature;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.auth.TrunkCredentials;
import org.parley.sip.auth.TrunkTrust;
import org.parley.sip.dialog.CallLegs;
import org.parley.telephony.CallService;
import org.parley.telephony.ClickToCallService;

/** The call feature of the SIP edge: the proxy for INVITE and the dialogs it record-routes, and click-to-call. */
@ApplicationScoped
public class CallFeature implements SipFeature {

    private static final Logger LOG = Logger.getLogger(CallFeature.class.getName());

    @EJB
    CallService calls;

    @EJB
    ClickToCallService clickToCall;

    @Inject
    DigestAuthenticator authenticator;

    @Inject
    TrunkTrust trunk;

    @Inject
    CallLegs legs;

    @Inject
    TrunkCredentials trunkCredentials;

    /** How long a call may ring before the proxy gives up on it (RFC 3261 Timer C is above 3 minutes). */
    @Inject
    @ConfigProperty(name = "parley.sip.ringSeconds", defaultValue = "180")
    int ringSeconds;

    /** The longest an answered call counts as going on without a BYE through the proxy. */
    @Inject
    @ConfigProperty(name = "parley.sip.maxCallSeconds", defaultValue = "14400")
    int maxCallSeconds;

    private volatile InviteHandler invites;
    private volatile Dialogs dialogs;
    private volatile ThirdPartyCalls placed;

    @Override
    public List<SipRequestHandler> handlers(SipOutbound outbound) {
        dialogs = new Dialogs(calls, legs, Duration.ofSeconds(maxCallSeconds));
        invites = new InviteHandler(authenticator, trunk, calls, new ProxyHop(outbound, trunkCredentials), dialogs,
                Duration.ofSeconds(ringSeconds));
        placed = new ThirdPartyCalls(outbound, clickToCall, trunkCredentials, legs);
        return List.of(invites, placed);
    }

    @Override
    public void started() {
        clickToCall.attach(placed);
    }

    @Override
    public void stopped() {
        Shutdown.leave(() -> clickToCall.detach(placed), LOG, "Detaching from click-to-call");
        placed.hangUpAll();
        var known = dialogs;
        if (known != null) {
            known.endAll();
        }
    }

    @Override
    public void sweep() {
        var now = Instant.now();
        var handler = invites;
        if (handler != null) {
            handler.expire(now);
        }
        var known = dialogs;
        if (known != null) {
            known.expire(now);
        }
    }
}
