package org.parley.web.rest;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.privacy.PrivacyService;
import org.parley.privacy.PrivacySettings;
import org.parley.privacy.Visibility;

/** The caller's privacy lists: who may see their presence, who may reach them on Do Not Disturb. */
@Path("/privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class PrivacyResource {

    @EJB
    PrivacyService privacy;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's privacy lists")
    @APIResponse(responseCode = "200", description = "The lists and their version")
    public PrivacyView mine() {
        return PrivacyView.of(privacy.settings(caller()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the caller's privacy lists; name the version they replace")
    @APIResponse(responseCode = "200", description = "The stored lists with their new version")
    @APIResponse(responseCode = "409", description = "The lists changed meanwhile (on another device)")
    public PrivacyView replace(PrivacyView wanted) {
        if (wanted == null || wanted.version() == null) {
            throw new ParleyException.Invalid(
                    "A JSON body {\"visibility\": ..., \"list\": [...], \"dndExceptions\": [...], \"version\": n} is required");
        }
        var settings = new PrivacySettings(Visibility.fromWire(wanted.visibility()),
                wanted.list() == null ? Set.of() : Set.copyOf(wanted.list()),
                wanted.dndExceptions() == null ? Set.of() : Set.copyOf(wanted.dndExceptions()), wanted.version());
        return PrivacyView.of(privacy.update(caller(), settings, wanted.version()));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
