package org.parley.web.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.telephony.DigestAlgorithm;
import org.parley.telephony.RegistrarService;
import org.parley.telephony.Registration;
import org.parley.telephony.SipCredentialInfo;
import org.parley.telephony.SipCredentialService;

/** The caller's SIP password (for their phones' digest authentication) and their registered devices. */
@Path("/sip")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class SipResource {

    /** A SIP password as the caller sets it. */
    public record PasswordRequest(String password) {
    }

    /** What the caller's SIP password is for; never the password or a hash. */
    public record CredentialView(boolean provisioned, String username, String realm, List<String> algorithms,
            String changed) {
        static CredentialView of(SipCredentialInfo i) {
            return new CredentialView(i.provisioned(), i.user(), i.realm(),
                    i.algorithms().stream().map(DigestAlgorithm::wireName).toList(),
                    i.changed() == null ? null : i.changed().toString());
        }
    }

    /** One registered device. */
    public record RegistrationView(String id, String contact, String userAgent, long expiresIn) {
        static RegistrationView of(Registration r, Instant now) {
            return new RegistrationView(r.id(), r.contact(), r.userAgent(), r.secondsLeft(now));
        }
    }

    @EJB
    SipCredentialService credentials;

    @EJB
    RegistrarService registrar;

    @Context
    SecurityContext security;

    @GET
    @Path("/credentials")
    @Operation(summary = "Whether the caller has a SIP password, its realm and algorithms")
    public CredentialView credentials() {
        return CredentialView.of(credentials.info(caller()));
    }

    @PUT
    @Path("/credentials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or rotate the caller's SIP password; phones with the old one must register again")
    @APIResponse(responseCode = "200", description = "Set; only its HA1 hashes are stored")
    @APIResponse(responseCode = "400", description = "Not 8 to 128 printable characters")
    public CredentialView setPassword(PasswordRequest request) {
        if (request == null || request.password() == null) {
            throw new ParleyException.Invalid("A JSON body {\"password\": \"...\"} is required");
        }
        return CredentialView.of(credentials.setPassword(caller(), request.password()));
    }

    @DELETE
    @Path("/credentials")
    @Operation(summary = "Remove the caller's SIP password and every registration made with it")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removePassword() {
        credentials.remove(caller());
        return Response.noContent().build();
    }

    @GET
    @Path("/registrations")
    @Operation(summary = "The caller's registered SIP devices")
    public List<RegistrationView> registrations() {
        var now = Instant.now();
        return registrar.bindings(caller()).stream().map(r -> RegistrationView.of(r, now)).toList();
    }

    @DELETE
    @Path("/registrations/{id}")
    @Operation(summary = "Unregister one of the caller's devices")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The caller has no such registration")
    public Response unregister(@PathParam("id") String id) {
        registrar.unregister(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
