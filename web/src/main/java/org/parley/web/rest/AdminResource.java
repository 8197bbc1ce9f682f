package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parley.web.ws.Connections;

/** Administrators' view of this server. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    /** One server's identity and load. */
    public record ServerView(String serverId, int connections) {
    }

    @Inject
    Connections connections;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @GET
    @Path("/server")
    @Operation(summary = "This server's id and open WebSocket connections (administrators only)")
    public ServerView server() {
        return new ServerView(serverId, connections.count());
    }
}
