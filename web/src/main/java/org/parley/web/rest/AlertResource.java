package org.parley.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import org.parley.alerts.Alert;
import org.parley.alerts.AlertKind;
import org.parley.alerts.AlertService;
import org.parley.error.ParleyException;

/** The caller's presence alerts: "tell me when X becomes available" and "when X's status changes". */
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class AlertResource {

    /** An alert as the API shows it; fired alerts carry the status that fired them. */
    public record AlertView(long id, String user, String kind, String created, String firedStatus,
            String firedMessage, String firedAt) {

        static AlertView of(Alert a) {
            var fired = a.fired();
            return new AlertView(a.id(), a.target(), a.kind().wireName(), a.created().toString(),
                    fired.map(p -> p.availability().wireName()).orElse(null), fired.map(p -> p.message()).orElse(null),
                    fired.map(p -> p.since().toString()).orElse(null));
        }
    }

    /** The body that sets an alert. */
    public record AlertRequest(String user, String kind) {
    }

    @EJB
    AlertService alerts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's alerts, waiting and fired; fired ones stay until removed")
    public List<AlertView> list() {
        return alerts.list(caller()).stream().map(AlertView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an alert on a person: kind available (they become available) or change (any change)")
    @APIResponse(responseCode = "201", description = "The alert (the existing one when the same alert is set again)")
    @APIResponse(responseCode = "404", description = "No such person")
    public Response add(AlertRequest request) {
        if (request == null || request.user() == null) {
            throw new ParleyException.Invalid("A JSON body {\"user\": ..., \"kind\": \"available\"|\"change\"} is required");
        }
        var alert = alerts.add(caller(), request.user(), AlertKind.fromWire(request.kind()));
        return Response.status(201).entity(AlertView.of(alert)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an alert (a fired one once seen, or one no longer wanted)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The caller has no such alert")
    public Response remove(@PathParam("id") long id) {
        alerts.remove(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
