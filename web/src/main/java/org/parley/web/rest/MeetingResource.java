package org.parley.web.rest;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.meetings.AudioBridge;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingJson;
import org.parley.meetings.MeetingKind;
import org.parley.meetings.MeetingService;
import org.parley.meetings.NewMeeting;

/** Meetings: instant and scheduled, their rooms, invitations and audio (docs/meetings.md). */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class MeetingResource {

    @EJB
    MeetingService meetings;

    @Inject
    AudioBridge audio;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an instant meeting (from a chat or the contact list) or a scheduled one; invitees are told")
    @APIResponse(responseCode = "201", description = "The meeting, with its room's stable URL")
    @APIResponse(responseCode = "400", description = "Missing title or time, bad password length, too many invitees")
    @APIResponse(responseCode = "403", description = "The caller is not a member of the conversation named")
    @APIResponse(responseCode = "404", description = "An invitee is not in the directory")
    public Response create(MeetingRequests.NewMeeting request) {
        if (request == null) {
            throw new ParleyException.Invalid("A JSON body {\"kind\": \"instant\"|\"scheduled\", ...} is required");
        }
        var meeting = meetings.create(caller(), new NewMeeting(kind(request.kind()), request.title(),
                instant(request.startsAt()), request.durationMinutes() == null ? 0 : request.durationMinutes(),
                request.invitees() == null ? new HashSet<>() : new HashSet<>(request.invitees()), request.password(),
                request.conversation()));
        return Response.created(URI.create("/api/v1/meetings/" + meeting.id())).entity(view(meeting)).build();
    }

    @GET
    @Operation(summary = "The meetings the caller owns or is invited to that have not ended, soonest first")
    @APIResponse(responseCode = "200", description = "{\"meetings\": [...]}")
    public JsonObject mine() {
        var a = Json.createArrayBuilder();
        meetings.mine(caller()).forEach(m -> a.add(view(m)));
        return Json.createObjectBuilder().add("meetings", a).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A meeting: title, time, room URL, dial-in; the owner and invitees also see the invitees")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public JsonObject get(@PathParam("id") String id) {
        return view(meetings.get(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End or cancel a meeting (its owner or an administrator); everyone in the room is told")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "403", description = "Not the owner nor an administrator")
    public Response end(@PathParam("id") String id) {
        meetings.cancel(caller(), security.isUserInRole(Roles.ADMIN), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/invitation.ics")
    @Produces("text/calendar")
    @Operation(summary = "The meeting's iCalendar (RFC 5545) invitation, for its owner and invitees")
    @APIResponse(responseCode = "200", description = "A VCALENDAR with one VEVENT")
    @APIResponse(responseCode = "403", description = "Not invited")
    public Response invitation(@PathParam("id") String id) {
        var base = uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");
        return Response.ok(meetings.invitation(caller(), id, base), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    @POST
    @Path("/{id}/audio/call")
    @Operation(summary = "Join audio: ring the caller's phone into the meeting's conference call")
    @APIResponse(responseCode = "202", description = "The phone is being called")
    @APIResponse(responseCode = "503", description = "No telephony conferencing on this server; use the dial-in number")
    public Response joinAudio(@PathParam("id") String id) {
        meetings.get(id);
        audio.call(id, caller());
        return Response.accepted().build();
    }

    private JsonObject view(Meeting m) {
        var b = MeetingJson.meeting(m);
        if (m.isInvited(caller())) {
            var invitees = Json.createArrayBuilder();
            m.invitees().stream().sorted().forEach(invitees::add);
            b.add("invitees", invitees);
        }
        audio.dialIn(m.id()).ifPresent(d -> b.add("dialIn", Json.createObjectBuilder().add("number", d.number())
                .add("code", d.code()).add("sip", d.sip())));
        return b.add("invitation", "/api/v1/meetings/" + m.id() + "/invitation.ics")
                .add("socket", "/ws/v1/meetings/" + m.id()).add("guestSocket", "/guest/v1/meetings/" + m.id()).build();
    }

    private static MeetingKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return MeetingKind.INSTANT;
        }
        try {
            return MeetingKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParleyException.Invalid("\"kind\" must be instant or scheduled");
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ParleyException.Invalid("\"startsAt\" must be an ISO-8601 instant such as 2026-12-02T15:00:00Z");
        }
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
