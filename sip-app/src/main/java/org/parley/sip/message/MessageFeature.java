package org.parley.sip.message;

import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.chat.ConversationService;
import org.parley.chat.MessageService;
import org.parley.events.UserEventFanout;
import org.parley.ops.Shutdown;
import org.parley.sip.SipFeature;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.telephony.RegistrarService;

/** The message feature of the SIP edge: MESSAGE in, chat messages out to phones. */
@ApplicationScoped
public class MessageFeature implements SipFeature {

    private static final Logger LOG = Logger.getLogger(MessageFeature.class.getName());

    @EJB
    MessageService messages;

    @EJB
    UserEventFanout fanout;

    @Inject
    DigestAuthenticator authenticator;

    @Inject
    Bridging bridging;

    private volatile MessageBridge bridge;

    @Override
    public List<SipRequestHandler> handlers(SipOutbound outbound) {
        bridge = bridging.bridge(outbound);
        return List.of(new MessageHandler(authenticator, messages));
    }

    @Override
    public void started() {
        fanout.register(bridge);
    }

    @Override
    public void stopped() {
        Shutdown.leave(() -> fanout.unregister(bridge), LOG, "Leaving the user-event fan-out");
    }

    /** What the outgoing bridge needs, kept apart from the feature's own collaborators. */
    @ApplicationScoped
    public static class Bridging {

        @EJB
        RegistrarService registrar;

        @EJB
        ConversationService conversations;

        @Inject
        @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
        String serverId;

        MessageBridge bridge(SipOutbound outbound) {
            return new MessageBridge(outbound, registrar, conversations, serverId);
        }
    }
}
