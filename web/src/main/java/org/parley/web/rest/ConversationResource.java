package org.parley.web.rest;

import java.util.HashSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import org.parley.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.chat.ChatJson;
import org.parley.chat.ConversationService;
import org.parley.error.ParleyException;

/** The caller's conversations: one-to-one, group chats, escalation, membership. */
@Path("/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class ConversationResource {

    @EJB
    ConversationService conversations;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's conversations, the latest active first, with members and receipt marks")
    @APIResponse(responseCode = "200", description = "{\"conversations\": [...]}")
    public JsonObject list() {
        var a = Jsons.createArrayBuilder();
        conversations.list(caller()).forEach(v -> a.add(ChatJson.conversation(v)));
        return Jsons.createObjectBuilder().add("conversations", a).build();
    }

    @PUT
    @Path("/direct/{user}")
    @Operation(summary = "The one-to-one conversation with a person, created on first use")
    @APIResponse(responseCode = "200", description = "The conversation (its id is the same for both people)")
    @APIResponse(responseCode = "404", description = "No such person")
    public JsonObject direct(@PathParam("user") String user) {
        return ChatJson.conversation(conversations.direct(caller(), user));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a group chat; with an origin, escalate that conversation (its history up to now"
            + " becomes the group's context)")
    @APIResponse(responseCode = "201", description = "The group chat")
    @APIResponse(responseCode = "400", description = "No title, or too many members")
    @APIResponse(responseCode = "403", description = "The caller is not a member of the origin")
    @APIResponse(responseCode = "404", description = "A member is not in the directory")
    public Response create(ChatRequests.NewGroup request) {
        if (request == null) {
            throw new ParleyException.Invalid("A JSON body {\"title\": ..., \"members\": [...]} is required");
        }
        var members = request.members() == null ? new HashSet<String>() : new HashSet<>(request.members());
        var view = conversations.createGroup(caller(), request.title(), members, request.origin());
        return Response.status(201).entity(ChatJson.conversation(view)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's conversations")
    @APIResponse(responseCode = "200", description = "The conversation with its members and the caller's receipt marks")
    @APIResponse(responseCode = "403", description = "The caller is not a member")
    @APIResponse(responseCode = "404", description = "No such conversation")
    public JsonObject get(@PathParam("id") String id) {
        return ChatJson.conversation(conversations.get(caller(), id));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite people to a group chat of the caller")
    @APIResponse(responseCode = "200", description = "The group chat with its members")
    @APIResponse(responseCode = "403", description = "The caller is not a member")
    public JsonObject invite(@PathParam("id") String id, ChatRequests.Invite request) {
        if (request == null || request.users() == null || request.users().isEmpty()) {
            throw new ParleyException.Invalid("A JSON body {\"users\": [...]} naming at least one person is required");
        }
        return ChatJson.conversation(conversations.invite(caller(), id, new HashSet<>(request.users())));
    }

    @DELETE
    @Path("/{id}/members/me")
    @Operation(summary = "Leave a group chat")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "403", description = "The caller is not a member")
    public Response leave(@PathParam("id") String id) {
        conversations.leave(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
