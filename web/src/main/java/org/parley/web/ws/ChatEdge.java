package org.parley.web.ws;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.chat.MessageService;
import org.parley.chat.ReceiptService;
import org.parley.chat.SendCommand;
import org.parley.error.ParleyException;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * The chat side of a WebSocket connection: decodes {@code send}, {@code typing}, {@code read} and
 * {@code sync}, calls one service each, and answers errors naming the conversation and client id.
 */
@ApplicationScoped
public class ChatEdge {

    private static final Logger LOG = Logger.getLogger(ChatEdge.class.getName());

    @Inject
    ChatStreams streams;

    @EJB
    MessageService messages;

    @EJB
    ReceiptService receipts;

    void opened(Connections.Client client) {
        try {
            streams.opened(client);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send " + client.user() + " the messages they missed; a sync will", e);
        }
    }

    void closed(Connections.Client client) {
        streams.closed(client);
    }

    void handle(Connections.Client client, Protocol.Chat message) {
        var command = ChatProtocol.decode(message);
        String conversation = null;
        String clientId = null;
        try {
            if (command instanceof ChatProtocol.Send send) {
                conversation = send.conversation();
                clientId = send.clientId();
                var sent = messages.send(client.user(), new SendCommand(send.conversation(), send.to(), send.body(),
                        send.format(), send.clientId()));
                client.outbox().send(ChatProtocol.sent(sent).toString());
            } else if (command instanceof ChatProtocol.Typing typing) {
                conversation = typing.conversation();
                receipts.typing(client.user(), typing.conversation(), typing.typing());
            } else if (command instanceof ChatProtocol.Read read) {
                conversation = read.conversation();
                receipts.read(client.user(), read.conversation(), read.seq());
            } else if (command instanceof ChatProtocol.Sync sync) {
                streams.sync(client, sync.conversations());
            }
        } catch (ParleyException e) {
            var problem = Problem.of(e);
            ProblemJson.log(problem, null);
            client.outbox().send(ChatProtocol.error(problem, conversation, clientId).toString());
        }
    }
}
