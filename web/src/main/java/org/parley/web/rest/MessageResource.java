package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.chat.HistoryService;
import org.parley.chat.MessageService;
import org.parley.chat.ReceiptService;
import org.parley.chat.SendCommand;
import org.parley.error.ParleyException;

/** Messages of a conversation: send, history, escalation context, catching up, read receipts. */
@Path("/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class MessageResource {

    @EJB
    MessageService messages;

    @EJB
    HistoryService history;

    @EJB
    ReceiptService receipts;

    @Context
    SecurityContext security;

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message; a retry with the same clientId answers the stored message")
    @APIResponse(responseCode = "201", description = "Stored and delivered to every member")
    @APIResponse(responseCode = "200", description = "A retry: the message stored before (duplicate: true)")
    @APIResponse(responseCode = "403", description = "The caller is not a member")
    @APIResponse(responseCode = "409", description = "recipient-dnd: the partner is on Do Not Disturb")
    @APIResponse(responseCode = "413", description = "The message is longer than the limit")
    @APIResponse(responseCode = "429", description = "The caller sends too fast")
    public Response send(@PathParam("id") String id, ChatRequests.SendMessage request) {
        if (request == null) {
            throw new ParleyException.Invalid("A JSON body {\"body\": ..., \"clientId\": ...} is required");
        }
        var sent = messages.send(caller(), new SendCommand(id, null, request.body(), request.format(), request.clientId()));
        return Response.status(sent.duplicate() ? 200 : 201).entity(ChatViews.sent(sent)).build();
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "Chat history, newest first: messages before a sequence number (paged with before=)"
            + " or, with after=, the messages after one, oldest first")
    @APIResponse(responseCode = "200", description = "A page of messages and whether more remain")
    public JsonObject page(@PathParam("id") String id, @QueryParam("before") @DefaultValue("0") long before,
            @QueryParam("after") Long after, @QueryParam("limit") @DefaultValue("50") int limit) {
        var page = after != null ? history.after(caller(), id, after, limit) : history.before(caller(), id, before, limit);
        return ChatViews.page(id, page);
    }

    @GET
    @Path("/{id}/context")
    @Operation(summary = "An escalated group chat's context: its origin's messages up to the escalation, newest first")
    public JsonObject context(@PathParam("id") String id, @QueryParam("before") @DefaultValue("0") long before,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return ChatViews.page(id, history.context(caller(), id, before, limit));
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller read the conversation up to a sequence number (a read receipt to the others)")
    @APIResponse(responseCode = "204", description = "Recorded")
    public Response read(@PathParam("id") String id, ChatRequests.ReadUpTo request) {
        if (request == null || request.seq() == null) {
            throw new ParleyException.Invalid("A JSON body {\"seq\": n} is required");
        }
        receipts.read(caller(), id, request.seq());
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
