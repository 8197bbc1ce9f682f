package org.parley.telephony.jms;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;
import org.parley.telephony.ConferenceRelay;

/**
 * Relays conference requests over the conferences topic: a request carries the host's server id
 * (each server's listener selects only what is addressed to it), this server's id and a
 * correlation id; the host's answer comes back the same way and completes the waiting request.
 * Non-persistent: a host that is gone leaves the request to time out
 * ({@code parley.conference.relaySeconds}). Thread-safe: the waiting requests are a concurrent map.
 */
@ApplicationScoped
public class JmsConferenceRelay implements ConferenceRelay {

    /** The message property naming the server a message is for. */
    static final String TO = "parleyHost";
    /** The message property naming the server that sent it. */
    static final String FROM = "parleyFrom";
    /** The message property saying "request" or "answer". */
    static final String KIND = "parleyKind";
    static final String REQUEST = "request";
    static final String ANSWER = "answer";

    @Resource(lookup = "jms/parley/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/parley/conferencesTopic")
    Topic topic;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @Inject
    @ConfigProperty(name = "parley.conference.relaySeconds", defaultValue = "5")
    int relaySeconds;

    private final Map<String, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();

    @Override
    public JsonObject call(String host, JsonObject request) {
        var id = UUID.randomUUID().toString();
        var answer = new CompletableFuture<JsonObject>();
        waiting.put(id, answer);
        try {
            send(host, REQUEST, id, request);
            return answer.get(relaySeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ParleyException.Unavailable("The server that hosts this conference (" + host + ") does not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException.Unavailable("Interrupted while waiting for the conference's server");
        } catch (ExecutionException e) {
            throw new ParleyException.Unavailable("The conference's server could not answer");
        } finally {
            waiting.remove(id);
        }
    }

    /** Sends the answer to a relayed request back to the server that asked. */
    void answer(String to, String correlation, JsonObject answer) {
        send(to, ANSWER, correlation, answer);
    }

    /** An answer arrived: the request waiting for it (if it has not given up) returns it. */
    void answered(String correlation, String body) {
        var answer = waiting.get(correlation);
        if (answer != null) {
            answer.complete(Json.createReader(new StringReader(body)).readObject());
        }
    }

    private void send(String to, String kind, String correlation, JsonObject body) {
        try (var context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).setJMSCorrelationID(correlation)
                    .setProperty(TO, to).setProperty(FROM, serverId).setProperty(KIND, kind)
                    .send(topic, body.toString());
        } catch (JMSRuntimeException e) {
            throw new ParleyException.Unavailable("The message broker cannot take the conference request now");
        }
    }
}
