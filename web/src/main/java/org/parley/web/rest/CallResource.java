package org.parley.web.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.telephony.CallView;
import org.parley.telephony.ClickToCallService;

/** Click-to-call: Parley rings the caller's phone, then the callee, and connects them. */
@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class CallResource {

    /**
     * "Call…" ({@code to} only) or "Call me at…" ({@code from} "device" for the newest registered
     * phone, "device:" and a registration id from {@code GET /api/v1/sip/registrations} for that
     * phone, or a number).
     */
    public record CallRequest(String to,
            @Schema(description = "\"device\" (the default: the newest registered phone), \"device:<registration id>\","
                    + " or a telephone number", example = "device") String from) {
    }

    /** A call as its user sees it. */
    public record CallJson(String id, String to, String from, String state, String reason) {
        static CallJson of(CallView v) {
            return new CallJson(v.id(), v.to(), v.from(), v.state().wireName(), v.reason());
        }
    }

    @EJB
    ClickToCallService calls;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call a user or a number: the caller's own phone (or the number in 'from') rings first")
    @APIResponse(responseCode = "201", description = "Ringing the caller; call events follow")
    @APIResponse(responseCode = "400", description = "No 'to', a malformed user id or number, or a 'from' phone that is not one of the caller's registrations")
    @APIResponse(responseCode = "403", description = "A number the trunk may not call")
    @APIResponse(responseCode = "404", description = "Neither a user nor a number")
    @APIResponse(responseCode = "409", description = "No phone registered (caller or callee), callee on Do Not Disturb, no trunk for numbers, or too many calls")
    public Response start(CallRequest request) {
        if (request == null || request.to() == null || request.to().isBlank()) {
            throw new ParleyException.Invalid("A JSON body {\"to\": \"<user id or number>\"} is required");
        }
        var call = CallJson.of(calls.start(caller(), request.to(), request.from()));
        return Response.created(URI.create("calls/" + call.id())).entity(call).build();
    }

    @GET
    @Operation(summary = "The caller's calls going on")
    public List<CallJson> list() {
        return calls.calls(caller()).stream().map(CallJson::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Hang up one of the caller's calls")
    @APIResponse(responseCode = "204", description = "Hung up")
    @APIResponse(responseCode = "404", description = "No such call going on")
    public Response hangUp(@PathParam("id") String id) {
        calls.hangUp(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
