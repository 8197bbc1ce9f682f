package org.parley.sip.registrar;

import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.error.ParleyException;
import org.parley.sip.SipErrors;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.SipUsers;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.telephony.ContactRequest;
import org.parley.telephony.RegisterCommand;
import org.parley.telephony.RegisterOutcome;
import org.parley.telephony.RegistrarService;
import org.parley.telephony.Registration;

/**
 * REGISTER (RFC 3261 section 10.3): the phone proves its user's SIP password by digest, may only
 * register its own address of record, and gets back every current binding with its expiry.
 */
final class RegisterHandler implements SipRequestHandler {

    private static final Logger LOG = Logger.getLogger(RegisterHandler.class.getName());
    /** The longest contact URI stored. */
    static final int MAX_CONTACT_CHARS = 1000;
    /** The longest User-Agent kept. */
    static final int MAX_USER_AGENT_CHARS = 256;

    private final RegistrarService registrar;
    private final DigestAuthenticator authenticator;
    private final SipOutbound outbound;

    RegisterHandler(RegistrarService registrar, DigestAuthenticator authenticator, SipOutbound outbound) {
        this.registrar = registrar;
        this.authenticator = authenticator;
        this.outbound = outbound;
    }

    @Override
    public String method() {
        return Request.REGISTER;
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var request = event.getRequest();
        var caller = authenticator.callerOf(transaction, responder, false);
        if (caller.isEmpty()) {
            return;
        }
        var user = caller.get();
        var aor = SipUsers.of(((ToHeader) request.getHeader(ToHeader.NAME)).getAddress());
        if (aor.isEmpty()) {
            responder.answer(transaction, Response.NOT_FOUND);
            return;
        }
        if (!aor.get().equals(user)) {
            responder.answer(transaction, Response.FORBIDDEN, "Not Your Address Of Record");
            return;
        }
        var command = command(request);
        if (command.isEmpty()) {
            responder.answer(transaction, Response.BAD_REQUEST, "Invalid Contact");
            return;
        }
        try {
            answer(registrar.register(user, command.get()), transaction, responder);
        } catch (ParleyException e) {
            responder.answer(transaction, SipErrors.status(e), SipErrors.reason(e));
        }
    }

    private static Optional<RegisterCommand> command(Request request) {
        var expiresHeader = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        int requestExpires = expiresHeader == null ? -1 : expiresHeader.getExpires();
        var contacts = new ArrayList<ContactRequest>();
        boolean wildcard = false;
        for (var it = request.getHeaders(ContactHeader.NAME); it.hasNext();) {
            var contact = (ContactHeader) it.next();
            if (contact.isWildCard()) {
                wildcard = true;
                continue;
            }
            var uri = contact.getAddress().getURI().toString();
            if (uri.length() > MAX_CONTACT_CHARS) {
                return Optional.empty();
            }
            int own = contact.getExpires();
            contacts.add(new ContactRequest(uri, own >= 0 ? own : requestExpires));
        }
        if (wildcard && (!contacts.isEmpty() || requestExpires != 0)) {
            return Optional.empty();
        }
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        return Optional.of(new RegisterCommand(callId, cseq, contacts, wildcard, userAgent(request)));
    }

    private static String userAgent(Request request) {
        var header = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        if (header == null) {
            return "";
        }
        var text = new StringBuilder();
        header.getProduct().forEachRemaining(part -> text.append(part).append(' '));
        var value = text.toString().strip();
        return value.length() > MAX_USER_AGENT_CHARS ? value.substring(0, MAX_USER_AGENT_CHARS) : value;
    }

    private void answer(RegisterOutcome outcome, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        if (outcome instanceof RegisterOutcome.Bound bound) {
            var response = responder.create(request, Response.OK);
            addContacts(response, bound.bindings());
            response.addHeader(responder.headers().createDateHeader(Calendar.getInstance(TimeZone.getTimeZone("GMT"))));
            responder.send(transaction, response);
        } else if (outcome instanceof RegisterOutcome.TooBrief brief) {
            var response = responder.create(request, Response.INTERVAL_TOO_BRIEF);
            response.addHeader(responder.headers().createMinExpiresHeader(brief.minExpires()));
            responder.send(transaction, response);
        } else if (outcome instanceof RegisterOutcome.TooManyBindings) {
            responder.answer(transaction, Response.FORBIDDEN, "Too Many Registrations");
        } else {
            responder.answer(transaction, Response.SERVER_INTERNAL_ERROR, "Out Of Order CSeq");
        }
    }

    private void addContacts(Response response, List<Registration> bindings) throws InvalidArgumentException {
        var now = Instant.now();
        for (var binding : bindings) {
            try {
                var contact = outbound.headers().createContactHeader(
                        outbound.addresses().createAddress(outbound.addresses().createURI(binding.contact())));
                contact.setExpires((int) binding.secondsLeft(now));
                response.addHeader(contact);
            } catch (ParseException e) {
                LOG.log(Level.FINE, "Stored contact not shown: {0}", e.getMessage());
            }
        }
    }
}
