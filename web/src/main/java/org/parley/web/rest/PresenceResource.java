package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;

/** Presence look-ups and the caller's own status. */
@Path("/presence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class PresenceResource {

    @EJB
    PresenceService presence;

    @Context
    SecurityContext security;

    @GET
    @Path("/me")
    @Operation(summary = "The caller's own presence")
    public PresenceView mine() {
        return PresenceView.of(presence.current(caller()));
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the caller's status and status message; every watcher is told")
    @APIResponse(responseCode = "200", description = "The stored presence")
    @APIResponse(responseCode = "400", description = "Unknown status, message too long, or malformed JSON")
    public PresenceView setMine(StatusRequest request) {
        if (request == null) {
            throw new ParleyException.Invalid("A JSON body {\"status\": ..., \"message\": ...} is required");
        }
        return PresenceView.of(presence.update(caller(), StatusUpdate.of(request.status(), request.message())));
    }

    @GET
    @Path("/{user}")
    @Operation(summary = "A person's current presence")
    @APIResponse(responseCode = "404", description = "No such user")
    public PresenceView of(@PathParam("user") String user) {
        return PresenceView.of(presence.current(UserIds.requireValid(user)));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
