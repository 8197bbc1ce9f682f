package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A feature's handler that takes only some requests of a method, beside the handler of the rest. */
@Timeout(60)
class SelectiveHandlerTest {

    @Test
    void theFirstClaimingSelectiveHandlerShouldTakeTheRequestAndTheMethodsHandlerTheRest() throws Exception {
        int port = TestPorts.freeUdpAndTcpPort();
        var general = handler(Request.MESSAGE, Response.BUSY_HERE);
        var declining = selective(Request.MESSAGE, "nobody", Response.DECLINE);
        var claiming = selective(Request.MESSAGE, "parley", Response.ACCEPTED);
        var edge = new SipEdge(new SipEdgeConfig(TestPorts.LOOPBACK, port, Set.of("udp"), "selective-" + port),
                List.of(declining, general, claiming));
        edge.start();
        try (var client = new SipTestClient()) {
            assertEquals(Response.ACCEPTED, client.send(Request.MESSAGE, port, ListeningPoint.UDP).getStatusCode(),
                    "the request to sip:parley@ is claimed");
            var options = client.send(Request.OPTIONS, port, ListeningPoint.UDP).toString();
            assertTrue(options.contains("MESSAGE"), options);
            int other = TestPorts.freeUdpAndTcpPort();
            var onlySelective = new SipEdge(new SipEdgeConfig(TestPorts.LOOPBACK, other, Set.of("udp"),
                    "selective-other-" + port), List.of(declining, general));
            onlySelective.start();
            try {
                assertEquals(Response.BUSY_HERE, client.send(Request.MESSAGE, other, ListeningPoint.UDP).getStatusCode(),
                        "nobody claims it: the method's handler takes it");
            } finally {
                onlySelective.stop();
            }
        } finally {
            edge.stop();
        }
    }

    private static SipRequestHandler handler(String method, int status) {
        return new Answer(method, status);
    }

    private static SelectiveHandler selective(String method, String user, int status) {
        return new Claiming(method, user, status);
    }

    /** Answers every request of its method with one status. */
    private static class Answer implements SipRequestHandler {
        private final String method;
        private final int status;

        Answer(String method, int status) {
            this.method = method;
            this.status = status;
        }

        @Override
        public String method() {
            return method;
        }

        @Override
        public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
                throws java.text.ParseException, javax.sip.SipException, javax.sip.InvalidArgumentException {
            responder.answer(transaction, status);
        }
    }

    /** Takes only the requests to one user. */
    private static final class Claiming extends Answer implements SelectiveHandler {
        private final String user;

        Claiming(String method, String user, int status) {
            super(method, status);
            this.user = user;
        }

        @Override
        public boolean claims(Request request) {
            return request.getRequestURI() instanceof SipURI sip && user.equals(sip.getUser());
        }
    }
}
