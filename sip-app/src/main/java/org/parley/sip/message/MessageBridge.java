package org.parley.sip.message;

import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.message.Request;

import jakarta.json.JsonObject;

import org.parley.chat.ChatJson;
import org.parley.chat.ConversationKind;
import org.parley.chat.ConversationService;
import org.parley.events.UserEvent;
import org.parley.events.UserEventListener;
import org.parley.sip.SipOutbound;
import org.parley.telephony.RegistrarService;
import org.parley.telephony.Registration;

/**
 * Carries Parley one-to-one chat messages to the recipient's registered phones as SIP MESSAGE
 * (text/plain, from the sender's SIP address). Each binding is served by the server it registered
 * through, so a cluster sends each message to each phone once. The sender's own phones are not
 * sent their own message. Thread-safe: no state of its own.
 */
final class MessageBridge implements UserEventListener {

    private static final Logger LOG = Logger.getLogger(MessageBridge.class.getName());

    private final SipOutbound outbound;
    private final RegistrarService registrar;
    private final ConversationService conversations;
    private final String serverId;

    MessageBridge(SipOutbound outbound, RegistrarService registrar, ConversationService conversations,
            String serverId) {
        this.outbound = outbound;
        this.registrar = registrar;
        this.conversations = conversations;
        this.serverId = serverId;
    }

    @Override
    public void onEvent(UserEvent event) {
        if (!ChatJson.MESSAGE.equals(event.type()) || event.forEveryone()) {
            return;
        }
        var body = event.body();
        var sender = body.getString("sender", "");
        var conversation = body.getString("conversation", "");
        for (var recipient : event.recipients()) {
            if (!recipient.equals(sender)) {
                deliver(recipient, sender, conversation, body);
            }
        }
    }

    private void deliver(String recipient, String sender, String conversation, JsonObject body) {
        var phones = registrar.bindings(recipient).stream().filter(r -> r.serverId().equals(serverId)).toList();
        if (phones.isEmpty() || !direct(recipient, conversation)) {
            return;
        }
        for (var phone : phones) {
            send(phone, sender, body.getString("text", ""));
        }
    }

    private boolean direct(String member, String conversation) {
        try {
            return conversations.get(member, conversation).conversation().kind() == ConversationKind.DIRECT;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void send(Registration phone, String sender, String text) {
        try {
            var a = outbound.addresses();
            var request = outbound.request(Request.MESSAGE, a.createURI(phone.contact()), outbound.addressOf(sender),
                    SipOutbound.newTag(), outbound.addressOf(phone.user()), null, null, 1, SipOutbound.transportOf(phone.contact()));
            request.setContent(text, outbound.headers().createContentTypeHeader("text", "plain;charset=UTF-8"));
            outbound.send(request, status -> {
                if (status >= 300) {
                    LOG.log(Level.FINE, "SIP MESSAGE to {0} answered {1}", new Object[] {phone.contact(), status});
                }
            });
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP MESSAGE to {0} not sent: {1}", new Object[] {phone.contact(), e.toString()});
        }
    }
}
