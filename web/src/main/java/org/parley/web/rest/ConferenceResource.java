package org.parley.web.rest;

import java.net.URI;
import java.util.HashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.telephony.ConferenceJson;
import org.parley.telephony.ConferenceService;

/** Conference calls: Parley rings every participant's phone and mixes their audio (docs/sip.md). */
@Path("/conferences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class ConferenceResource {

    /** Exactly one of: a chat's members, a meeting's participants, users named. */
    public record StartRequest(String chat, String meeting, List<String> users) {
    }

    /** Mute ({@code true}) or unmute ({@code false}). */
    public record MuteRequest(Boolean muted) {
    }

    @EJB
    ConferenceService conferences;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a conference call of a group chat, a meeting (its moderator) or users named; every phone rings")
    @APIResponse(responseCode = "201", description = "The conference; conference events follow")
    @APIResponse(responseCode = "400", description = "Not exactly one of chat, meeting, users; a malformed user id")
    @APIResponse(responseCode = "403", description = "Not a member of the chat, not the meeting's moderator")
    @APIResponse(responseCode = "404", description = "No such chat, meeting or user")
    @APIResponse(responseCode = "409", description = "No phone registered, too many participants or conferences, the meeting ended")
    @APIResponse(responseCode = "503", description = "No SIP edge runs on this server")
    public Response start(StartRequest request) {
        int given = request == null ? 0 : (request.chat() != null ? 1 : 0) + (request.meeting() != null ? 1 : 0)
                + (request.users() != null ? 1 : 0);
        if (given != 1) {
            throw new ParleyException.Invalid("A JSON body with exactly one of {\"chat\": id}, {\"meeting\": id},"
                    + " {\"users\": [ids]} is required");
        }
        var user = caller();
        var view = request.chat() != null ? conferences.startFromChat(user, request.chat())
                : request.meeting() != null ? conferences.startFromMeeting(user, request.meeting())
                : conferences.startWith(user, new HashSet<>(request.users()));
        return Response.created(URI.create("/api/v1/conferences/" + view.id())).entity(ConferenceJson.of(view)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A conference the caller takes part in: every participant's state, mute and talking")
    @APIResponse(responseCode = "200", description = "The conference")
    @APIResponse(responseCode = "404", description = "No such conference, or the caller is not in it")
    public JsonObject get(@PathParam("id") String id) {
        return ConferenceJson.of(conferences.get(caller(), id));
    }

    @POST
    @Path("/{id}/participants/{user}/mute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mute or unmute a participant: the controller anyone, everyone else themselves")
    @APIResponse(responseCode = "200", description = "The conference")
    @APIResponse(responseCode = "400", description = "No {\"muted\": true|false}")
    @APIResponse(responseCode = "403", description = "Someone else, and the caller does not control the conference")
    @APIResponse(responseCode = "404", description = "No such conference or participant")
    public JsonObject mute(@PathParam("id") String id, @PathParam("user") String user, MuteRequest request) {
        if (request == null || request.muted() == null) {
            throw new ParleyException.Invalid("A JSON body {\"muted\": true|false} is required");
        }
        return ConferenceJson.of(conferences.mute(caller(), id, user, request.muted()));
    }

    @POST
    @Path("/{id}/mute-all")
    @Operation(summary = "The controller mutes everyone but themselves")
    @APIResponse(responseCode = "200", description = "The conference")
    @APIResponse(responseCode = "403", description = "The caller does not control the conference")
    @APIResponse(responseCode = "404", description = "No such conference")
    public JsonObject muteAll(@PathParam("id") String id) {
        return ConferenceJson.of(conferences.muteAll(caller(), id));
    }

    @DELETE
    @Path("/{id}/participants/{user}")
    @Operation(summary = "Hang up a participant: the controller anyone, everyone else themselves")
    @APIResponse(responseCode = "200", description = "The conference")
    @APIResponse(responseCode = "403", description = "Someone else, and the caller does not control the conference")
    @APIResponse(responseCode = "404", description = "No such conference or participant")
    public JsonObject hangUp(@PathParam("id") String id, @PathParam("user") String user) {
        return ConferenceJson.of(conferences.hangUp(caller(), id, user));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End the conference for everyone (its controller)")
    @APIResponse(responseCode = "204", description = "Ended; every phone gets a BYE")
    @APIResponse(responseCode = "403", description = "The caller does not control the conference")
    @APIResponse(responseCode = "404", description = "No such conference")
    public Response end(@PathParam("id") String id) {
        conferences.end(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
