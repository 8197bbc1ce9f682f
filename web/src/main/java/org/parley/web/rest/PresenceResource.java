package org.parley.web.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;

/** Presence look-ups, as the caller may see them, and the caller's own status. */
@Path("/presence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class PresenceResource {

    /** The most users one bulk look-up may name. */
    static final int MAX_BULK = 500;

    @EJB
    PresenceService presence;

    @Context
    SecurityContext security;

    @GET
    @Path("/me")
    @Operation(summary = "The caller's own presence")
    @APIResponse(responseCode = "200", description = "The caller's presence")
    public PresenceView mine() {
        return PresenceView.of(presence.current(caller(), caller()));
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the caller's status, status message, location and time zone; every watcher is told")
    @APIResponse(responseCode = "200", description = "The presence others now see")
    @APIResponse(responseCode = "400", description = "Unknown status or time zone, text too long, or malformed JSON")
    public PresenceView setMine(StatusRequest request) {
        if (request == null) {
            throw new ParleyException.Invalid("A JSON body {\"status\": ..., \"message\": ...} is required");
        }
        var update = StatusUpdate.of(request.status(), request.message(), request.location(), request.timeZone());
        return PresenceView.of(presence.update(caller(), update));
    }

    @GET
    @Path("/{user}")
    @Operation(summary = "A person's current presence, as the caller may see it")
    @APIResponse(responseCode = "200", description = "The presence; offline when the person's privacy list hides it")
    @APIResponse(responseCode = "404", description = "No such user")
    public PresenceView of(@PathParam("user") String user) {
        return PresenceView.of(presence.current(caller(), user));
    }

    @GET
    @Operation(summary = "Many people's presence at once (repeat ?user=), as the caller may see it")
    @APIResponse(responseCode = "200", description = "Presence by user id; ids that are not directory users are left out")
    public Map<String, PresenceView> many(@QueryParam("user") List<String> users) {
        if (users == null || users.isEmpty() || users.size() > MAX_BULK) {
            throw new ParleyException.Invalid("Name 1 to " + MAX_BULK + " users with ?user=");
        }
        var result = new TreeMap<String, PresenceView>();
        presence.current(caller(), users).forEach((user, p) -> result.put(user, PresenceView.of(p)));
        return result;
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
