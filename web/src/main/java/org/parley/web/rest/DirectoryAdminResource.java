package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.directory.DirectoryFigures;
import org.parley.directory.OrgDirectory;
import org.parley.web.security.SignInFigures;

/** Administrators' view of the directory: its figures, and emptying its cache. */
@Path("/admin/directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DirectoryAdminResource {

    /** The directory's figures and this server's sign-ins. */
    public record FiguresView(DirectoryFigures directory, SignInFigures.Counts signIns) {
    }

    @Inject
    OrgDirectory directory;

    @Inject
    SignInFigures signIns;

    @GET
    @Operation(summary = "LDAP operations, connections in use and their peak, cache hits, sign-ins and password-check time (administrators)")
    public FiguresView figures() {
        return new FiguresView(directory.figures(), signIns.counts());
    }

    @DELETE
    @Path("/cache")
    @Operation(summary = "Forget every cached person and group, so the next look-ups read the directory (administrators)")
    @APIResponse(responseCode = "204", description = "Cache emptied")
    public Response forget() {
        directory.forget();
        return Response.noContent().build();
    }
}
