package org.parley.web.rest;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.error.ParleyException.Limited.Limit;
import org.parley.meetings.DeckService;
import org.parley.meetings.RecordingService;

/**
 * What a meeting holds besides its room: slide decks (uploaded as the raw request body, held
 * to the slide policy while they stream in instead of the general body limit) and recordings.
 */
@Path("/meetings")
@RolesAllowed(Roles.USER)
public class MeetingContentResource {

    @Inject
    DeckService decks;

    @EJB
    RecordingService recordings;

    @Inject
    @ConfigProperty(name = "parley.meetings.slides.maxBytes", defaultValue = "20971520")
    long maxBytes;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/{id}/decks")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload slides (a PDF, PNG or JPEG as the raw body, ?name=the file's name); the pages are"
            + " rendered on the server and the deck is announced in the room. The caller must be in the room with"
            + " the present permission.")
    @APIResponse(responseCode = "201", description = "{\"deck\", \"name\", \"pages\"}; pages at /meetings-media/{deck}/{page}.png")
    @APIResponse(responseCode = "400", description = "Damaged, encrypted, empty, too many pages or too slow to render")
    @APIResponse(responseCode = "403", description = "Not in the room, or may not present")
    @APIResponse(responseCode = "413", description = "Larger than parley.meetings.slides.maxBytes")
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG or JPEG, whatever its Content-Type says")
    public Response upload(@PathParam("id") String id, @QueryParam("name") String name, InputStream body) {
        if (request.getContentLengthLong() > maxBytes) {
            throw new ParleyException.Limited(Limit.SIZE, "Slides are at most " + maxBytes + " bytes");
        }
        var deck = decks.upload(id, caller(), name, body);
        return Response.status(201).entity(Json.createObjectBuilder().add("deck", deck.id()).add("name", deck.name())
                .add("pages", deck.pages()).build()).build();
    }

    @GET
    @Path("/{id}/recordings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The meeting's recordings the caller may play back")
    @APIResponse(responseCode = "200", description = "{\"recordings\": [...]}")
    public JsonObject list(@PathParam("id") String id) {
        var a = Json.createArrayBuilder();
        recordings.list(caller(), admin(), id).forEach(r -> a.add(Json.createObjectBuilder().add("id", r.id())
                .add("meeting", r.meeting()).add("title", r.title()).add("owner", r.owner())
                .add("startedAt", r.startedAt().toString())
                .add("stoppedAt", r.stoppedAt() == null ? "" : r.stoppedAt().toString()).add("events", r.events())));
        return Json.createObjectBuilder().add("recordings", a).build();
    }

    @GET
    @Path("/{id}/recordings/{recording}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download a recording: a JSON document of format parley-meeting-recording (docs/meetings.md)")
    @APIResponse(responseCode = "200", description = "The recording file")
    @APIResponse(responseCode = "403", description = "Neither the meeting's owner, an invitee, the recording's owner nor an administrator")
    @APIResponse(responseCode = "409", description = "Still recording")
    public Response download(@PathParam("id") String id, @PathParam("recording") String recording) {
        return Response.ok(recordings.document(caller(), admin(), id, recording), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"recording-" + recording + ".json\"").build();
    }

    @DELETE
    @Path("/{id}/recordings/{recording}")
    @Operation(summary = "Delete a recording (its owner or an administrator)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Neither its owner nor an administrator")
    public Response delete(@PathParam("id") String id, @PathParam("recording") String recording) {
        recordings.delete(caller(), admin(), id, recording);
        return Response.noContent().build();
    }

    private boolean admin() {
        return security.isUserInRole(Roles.ADMIN);
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
