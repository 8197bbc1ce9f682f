package org.parley.sip.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.TransactionState;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.CancelListener;

/**
 * One INVITE that the proxy forwards to one or more targets (RFC 3261 section 16.7): provisional
 * responses go upstream, the first 2xx wins and the other branches are cancelled, later 2xx go
 * upstream too (the caller acknowledges and ends them), and when every branch failed the best
 * final response goes upstream. A cancel from the caller cancels every branch. A branch to the
 * trunk that the trunk challenges (401, 407) goes once more with Parley's credentials and the next
 * CSeq (the responses upstream keep the caller's CSeq; a dialog it sets up keeps a
 * {@link CSeqShift}); a second challenge, or one without credentials, is that branch's failure,
 * a 403 upstream ({@link ProxyHop#forCaller}). Thread safety: every state
 * change is synchronized on this object.
 */
final class ForkedInvite implements CancelListener {

    private static final Logger LOG = Logger.getLogger(ForkedInvite.class.getName());

    private final ServerTransaction server;
    private final ProxyHop hop;
    private final Dialogs dialogs;
    private final List<String> parties;
    private final Runnable onDone;
    private final Instant started = Instant.now();
    private final List<Branch> branches = new ArrayList<>();
    private boolean answered;
    private boolean finished;
    private Response best;

    ForkedInvite(ServerTransaction server, ProxyHop hop, Dialogs dialogs, List<String> parties, Runnable onDone) {
        this.server = server;
        this.hop = hop;
        this.dialogs = dialogs;
        this.parties = List.copyOf(parties);
        this.onDone = onDone;
    }

    Instant started() {
        return started;
    }

    /**
     * Sends one branch per request; a branch that cannot be sent (no connection, a TLS handshake
     * that failed) counts as failed with 503 ({@link ProxyHop#unreachable}).
     */
    synchronized void start(List<Request> requests) {
        server.setApplicationData(this);
        for (var request : requests) {
            var branch = new Branch(this);
            branches.add(branch);
            send(branch, request);
        }
    }

    private void send(Branch branch, Request request) {
        try {
            var transaction = hop.providerTowards(request).getNewClientTransaction(request);
            branch.request = request;
            branch.transaction = transaction;
            transaction.setApplicationData(branch);
            transaction.sendRequest();
        } catch (SipException | RuntimeException e) {
            failed(branch, hop.unreachable(request, e));
        }
    }

    /** The trunk challenged a branch: sent again once with the credentials, else the branch failed. */
    synchronized void challenged(Branch branch, Response response) {
        var again = finished || branch.authenticated ? Optional.<Request>empty()
                : hop.withCredentials(branch.request, response);
        if (again.isEmpty()) {
            failed(branch, hop.forCaller(branch.request, response));
            return;
        }
        branch.authenticated = true;
        branch.proceeding = false;
        send(branch, again.get());
    }

    synchronized void provisional(Branch branch, Response response) {
        branch.proceeding = true;
        if (branch.cancelWanted) {
            cancel(branch);
        } else if (!finished && response.getStatusCode() > Response.TRYING) {
            send(ProxyHop.upstream(response));
            dialogs.early(callId(), toTag(response));
        }
    }

    synchronized void succeeded(Branch branch, Response response) {
        branch.done = true;
        if (finished) {
            // a 2xx after the call was answered or given up: the caller must see it to end that dialog
            hop.forwardStateless(callersCSeq(response));
            return;
        }
        answered = true;
        if (branch.authenticated) {
            dialogs.shifted(callId(), new CSeqShift(((FromHeader) server.getRequest().getHeader(FromHeader.NAME)).getTag(),
                    seq(response) - seq(server.getRequest())));
        }
        finish(ProxyHop.upstream(response));
        branches.stream().filter(b -> !b.done).forEach(this::cancel);
        dialogs.confirmed(callId(), parties, toTag(response));
    }

    synchronized void failed(Branch branch, Response response) {
        branch.done = true;
        if (response != null && (best == null || rank(response) < rank(best))) {
            best = response;
        }
        if (!finished && branches.stream().allMatch(b -> b.done)) {
            finish(best == null ? null : ProxyHop.upstream(best));
            dialogs.failed(callId(), "rejected");
        }
    }

    /** The caller cancelled: the edge answered 487 already; every branch still ringing is cancelled. */
    @Override
    public synchronized void cancelled() {
        finished = true;
        branches.stream().filter(b -> !b.done).forEach(this::cancel);
        onDone.run();
        if (!answered) {
            dialogs.failed(callId(), "cancelled");
        }
    }

    /** Nobody answered in time (RFC 3261 Timer C): 480 upstream, every branch cancelled. */
    synchronized void ringTimeout() {
        if (!finished) {
            finish(null);
            branches.stream().filter(b -> !b.done).forEach(this::cancel);
            dialogs.failed(callId(), "timeout");
        }
    }

    private void finish(Response response) {
        finished = true;
        onDone.run();
        if (response != null) {
            send(response);
            return;
        }
        try {
            var unavailable = hop.outbound().messages().createResponse(Response.TEMPORARILY_UNAVAILABLE, server.getRequest());
            unavailable.setReasonPhrase(answered ? "Answered Elsewhere" : "No Device Answered");
            send(unavailable);
        } catch (java.text.ParseException e) {
            LOG.log(Level.FINE, "SIP 480 not built: {0}", e.toString());
        }
    }

    private void send(Response response) {
        try {
            server.sendResponse(callersCSeq(response));
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP response {0} not sent upstream: {1}", new Object[] {response.getStatusCode(), e.toString()});
        }
    }

    private void cancel(Branch branch) {
        var transaction = branch.transaction;
        if (transaction == null || branch.done || branch.cancelSent) {
            return;
        }
        if (!branch.proceeding) {
            branch.cancelWanted = true; // RFC 3261 9.1: no CANCEL before a provisional response
            return;
        }
        if (transaction.getState() != TransactionState.PROCEEDING) {
            return;
        }
        branch.cancelSent = true;
        try {
            var cancel = transaction.createCancel();
            hop.providerTowards(cancel).getNewClientTransaction(cancel).sendRequest();
        } catch (SipException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP CANCEL of a branch not sent: {0}", e.toString());
        }
    }

    /** The response with the CSeq number of the caller's INVITE (a branch sent again has a higher one). */
    private Response callersCSeq(Response response) {
        try {
            ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).setSeqNumber(seq(server.getRequest()));
        } catch (InvalidArgumentException e) {
            LOG.log(Level.FINE, "SIP CSeq not restored: {0}", e.toString());
        }
        return response;
    }

    private static long seq(javax.sip.message.Message message) {
        return ((CSeqHeader) message.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

    /** RFC 3261 16.7 step 6: a 6xx first, then the lowest class; within a class, timeouts last. */
    private static int rank(Response response) {
        int status = response.getStatusCode();
        int klass = status >= 600 ? 0 : status / 100;
        return klass * 1000 + (status == Response.REQUEST_TIMEOUT ? 999 : 0);
    }

    private static String toTag(Response response) {
        return ((ToHeader) response.getHeader(ToHeader.NAME)).getTag();
    }

    private String callId() {
        return ((CallIdHeader) server.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
    }

    /** One target of the call, with its state; guarded by its call's lock. */
    static final class Branch implements org.parley.sip.ResponseListener {

        private final ForkedInvite call;
        Request request;
        ClientTransaction transaction;
        boolean authenticated;
        boolean proceeding;
        boolean done;
        boolean cancelWanted;
        boolean cancelSent;

        Branch(ForkedInvite call) {
            this.call = call;
        }

        @Override
        public void onResponse(javax.sip.ResponseEvent event) {
            var response = event.getResponse();
            int status = response.getStatusCode();
            if (status < Response.OK) {
                call.provisional(this, response);
            } else if (status < Response.MULTIPLE_CHOICES) {
                call.succeeded(this, response);
            } else if (ProxyHop.isChallenge(response)) {
                call.challenged(this, response);
            } else {
                call.failed(this, response);
            }
        }

        @Override
        public void onTimeout() {
            call.failed(this, null);
        }
    }
}
