package org.parley.sip.internal;

import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionUnavailableException;
import javax.sip.message.Response;
import org.parley.sip.SipResponder;

/** Finds or creates the server transaction for a request, and answers without letting failures escape. */
final class ServerTransactions {

    private static final Logger LOG = Logger.getLogger(ServerTransactions.class.getName());

    private final SipResponder responder;

    ServerTransactions(SipResponder responder) {
        this.responder = responder;
    }

    /**
     * The request's server transaction, or empty when the request is a retransmission that an existing
     * transaction absorbs, or when no transaction can be made (then it is answered 400 statelessly).
     */
    Optional<ServerTransaction> forRequest(RequestEvent event) {
        if (event.getServerTransaction() != null) {
            return Optional.of(event.getServerTransaction());
        }
        var provider = (SipProvider) event.getSource();
        try {
            return Optional.of(provider.getNewServerTransaction(event.getRequest()));
        } catch (TransactionAlreadyExistsException e) {
            LOG.log(Level.FINE, "SIP retransmission ignored: {0}", e.getMessage());
        } catch (TransactionUnavailableException e) {
            LOG.log(Level.FINE, "SIP request without a usable transaction: {0}", e.getMessage());
            answerStatelessly(event, null);
        }
        return Optional.empty();
    }

    /** Answers 400 (with {@code reason} if not null) outside any transaction; a retransmission gets another 400. */
    void answerStatelessly(RequestEvent event, String reason) {
        try {
            var response = responder.create(event.getRequest(), Response.BAD_REQUEST);
            if (reason != null) {
                response.setReasonPhrase(reason);
            }
            ((SipProvider) event.getSource()).sendResponse(response);
        } catch (ParseException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP 400 could not be sent: {0}", e.toString());
        }
    }

    /** Sends {@code status} (with {@code reason} if not null) unless the transaction can no longer be answered. */
    void answerQuietly(ServerTransaction transaction, int status, String reason) {
        try {
            var response = responder.create(transaction.getRequest(), status);
            if (reason != null) {
                response.setReasonPhrase(reason);
            }
            responder.send(transaction, response);
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP {0} could not be sent: {1}", new Object[] {status, e.toString()});
        }
    }
}
