package org.parley.sip.message;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.chat.MessageService;
import org.parley.chat.SendCommand;
import org.parley.error.ParleyException;
import org.parley.sip.SipErrors;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.SipUsers;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.telephony.DigestAlgorithm;

/**
 * MESSAGE from a user's phone (RFC 3428): a plain-text chat message from the authenticated user
 * to the user the Request-URI names, stored and delivered like any Parley one-to-one message
 * (every connection of the recipient, web and SIP). The Call-ID and CSeq make the message's
 * client id, so a retry that reaches the server twice is stored once.
 */
final class MessageHandler implements SipRequestHandler {

    private final DigestAuthenticator authenticator;
    private final MessageService messages;

    MessageHandler(DigestAuthenticator authenticator, MessageService messages) {
        this.authenticator = authenticator;
        this.messages = messages;
    }

    @Override
    public String method() {
        return Request.MESSAGE;
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var sender = authenticator.callerOf(transaction, responder, true);
        if (sender.isEmpty()) {
            return;
        }
        var request = transaction.getRequest();
        var recipient = SipUsers.of(request.getRequestURI());
        if (recipient.isEmpty()) {
            responder.answer(transaction, Response.NOT_FOUND);
            return;
        }
        var type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        if (type == null || !"text".equalsIgnoreCase(type.getContentType())
                || !"plain".equalsIgnoreCase(type.getContentSubType())) {
            var response = responder.create(request, Response.UNSUPPORTED_MEDIA_TYPE);
            response.addHeader(responder.headers().createAcceptHeader("text", "plain"));
            responder.send(transaction, response);
            return;
        }
        var raw = request.getRawContent();
        var text = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        try {
            messages.send(sender.get(), new SendCommand(null, recipient.get(), text, "text", clientId(request)));
            responder.answer(transaction, Response.OK);
        } catch (ParleyException e) {
            responder.answer(transaction, SipErrors.status(e), SipErrors.reason(e));
        }
    }

    private static String clientId(Request request) {
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        var cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        return "sip-" + DigestAlgorithm.SHA_256.hex(callId + "\n" + cseq).substring(0, 40);
    }

}
