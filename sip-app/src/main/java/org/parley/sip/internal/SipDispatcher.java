package org.parley.sip.internal;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.Optional;
import org.parley.sip.FinalResponseCallback;
import org.parley.sip.ResponseListener;
import org.parley.sip.SelectiveHandler;
import org.parley.sip.SipRouting;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;

/**
 * The stack's one listener: hands each request to the handler for its method, answers 501 when there
 * is none, never answers ACK, hands requests on the proxy's own route (and responses of no
 * transaction) to the {@link SipRouting} handler if there is one, and keeps every exception from reaching the stack. Immutable after
 * construction, hence safe for the stack's re-entrant calls from its worker threads.
 */
public final class SipDispatcher implements SipListener {

    private static final Logger LOG = Logger.getLogger(SipDispatcher.class.getName());

    private final Map<String, SipRequestHandler> handlers;
    private final SipResponder responder;
    private final ServerTransactions transactions;
    private final Optional<SipRouting> routing;
    private final List<SelectiveHandler> selective;

    private SipDispatcher(Map<String, SipRequestHandler> handlers, List<SelectiveHandler> selective,
            SipResponder responder) {
        this.handlers = Map.copyOf(handlers);
        this.selective = List.copyOf(selective);
        this.responder = responder;
        this.transactions = new ServerTransactions(responder);
        this.routing = handlers.values().stream().filter(SipRouting.class::isInstance).map(SipRouting.class::cast)
                .findFirst();
    }

    /**
     * A dispatcher for the built-in CANCEL and OPTIONS handlers plus {@code extra}, which may replace
     * them ({@link SelectiveHandler}s are asked first and replace nothing); OPTIONS advertises every
     * method handled.
     */
    public static SipDispatcher withHandlers(List<SipRequestHandler> extra, SipResponder responder) {
        var byMethod = new LinkedHashMap<String, SipRequestHandler>();
        var selective = new ArrayList<SelectiveHandler>();
        byMethod.put(Request.CANCEL, new CancelHandler());
        extra.forEach(handler -> {
            if (handler instanceof SelectiveHandler s) {
                selective.add(s);
            } else {
                byMethod.put(handler.method(), handler);
            }
        });
        var methods = new TreeSet<>(byMethod.keySet());
        selective.forEach(s -> methods.add(s.method()));
        methods.add(Request.OPTIONS);
        byMethod.putIfAbsent(Request.OPTIONS, new OptionsHandler(methods));
        return new SipDispatcher(byMethod, selective, responder);
    }

    @Override
    public void processRequest(RequestEvent event) {
        try {
            dispatch(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "SIP request dropped after an unexpected failure: " + e);
        }
    }

    private void dispatch(RequestEvent event) {
        var request = event.getRequest();
        var proxied = routing.filter(r -> r.routes(request));
        if (Request.ACK.equals(request.getMethod())) {
            proxied.ifPresentOrElse(r -> r.routeAck(event),
                    () -> LOG.log(Level.FINE, "SIP ACK absorbed (Call-ID {0})", request.getHeader("Call-ID")));
            return;
        }
        var problem = RequestValidator.problem(request);
        if (problem.isPresent()) {
            LOG.log(Level.FINE, "SIP {0} rejected with 400: {1}", new Object[] {request.getMethod(), problem.get()});
            transactions.answerStatelessly(event, problem.get());
            return;
        }
        transactions.forRequest(event).ifPresent(transaction -> proxied.ifPresentOrElse(
                r -> route(r, event, transaction),
                () -> invoke(handlerOf(request), event, transaction)));
    }

    private SipRequestHandler handlerOf(Request request) {
        for (var s : selective) {
            if (s.method().equals(request.getMethod()) && s.claims(request)) {
                return s;
            }
        }
        return handlers.get(request.getMethod());
    }

    private void route(SipRouting proxy, RequestEvent event, ServerTransaction transaction) {
        try {
            proxy.route(event, transaction);
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "SIP proxy failed to route " + event.getRequest().getMethod() + ": " + e);
            transactions.answerQuietly(transaction, Response.SERVER_INTERNAL_ERROR, null);
        }
    }

    private void invoke(SipRequestHandler handler, RequestEvent event, ServerTransaction transaction) {
        try {
            if (handler == null) {
                responder.answer(transaction, Response.NOT_IMPLEMENTED);
            } else {
                handler.handle(event, transaction, responder);
            }
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "SIP handler for " + event.getRequest().getMethod() + " failed: " + e);
            transactions.answerQuietly(transaction, Response.SERVER_INTERNAL_ERROR, null);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        int status = event.getResponse().getStatusCode();
        var transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof ResponseListener listener) {
            guarded(() -> listener.onResponse(event));
        } else if (transaction == null && routing.isPresent()) {
            guarded(() -> routing.get().strayResponse(event));
        } else if (status >= Response.OK && transaction != null
                && transaction.getApplicationData() instanceof FinalResponseCallback callback) {
            tell(callback, status);
        } else {
            LOG.log(Level.FINEST, "SIP response {0} needs no action", status);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        var transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof FinalResponseCallback callback) {
            tell(callback, Response.REQUEST_TIMEOUT);
        } else if (transaction != null && transaction.getApplicationData() instanceof ResponseListener listener) {
            guarded(listener::onTimeout);
        }
        LOG.log(Level.FINE, "SIP transaction timed out: {0}", event.getTimeout());
    }

    private static void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "SIP response handling failed: " + e);
        }
    }

    private static void tell(FinalResponseCallback callback, int status) {
        try {
            callback.onFinal().accept(status);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "SIP response callback failed: " + e);
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.log(Level.FINE, "SIP I/O failure towards {0}:{1} over {2}",
                new Object[] {event.getHost(), event.getPort(), event.getTransport()});
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        LOG.finest("SIP transaction terminated");
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        LOG.finest("SIP dialog terminated");
    }
}
