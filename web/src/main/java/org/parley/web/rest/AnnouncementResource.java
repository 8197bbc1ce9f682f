package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import org.parley.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.chat.AnnouncementService;
import org.parley.chat.ChatJson;
import org.parley.error.ParleyException;

/** Announcements: administrators send them, everyone lists those of the last week meant for them. */
@Path("/announcements")
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementResource {

    @EJB
    AnnouncementService announcements;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Announce to everyone or to a directory group (administrators only); pushed live")
    @APIResponse(responseCode = "201", description = "The announcement")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @APIResponse(responseCode = "404", description = "No such group, or it has no members")
    public Response announce(ChatRequests.NewAnnouncement request) {
        if (request == null) {
            throw new ParleyException.Invalid("A JSON body {\"text\": ..., \"group\": ...} is required");
        }
        var a = announcements.announce(caller(), request.text(), request.group());
        return Response.status(201).entity(ChatJson.announcement(a)).build();
    }

    @GET
    @RolesAllowed(Roles.USER)
    @Operation(summary = "The announcements of the last 7 days meant for the caller, newest first")
    @APIResponse(responseCode = "200", description = "{\"announcements\": [...]}")
    public JsonObject recent() {
        var a = Jsons.createArrayBuilder();
        announcements.recent(caller()).forEach(x -> a.add(ChatJson.announcement(x)));
        return Jsons.createObjectBuilder().add("announcements", a).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
