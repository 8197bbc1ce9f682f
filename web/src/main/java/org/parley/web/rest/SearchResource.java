package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.chat.HistoryService;

/** Search over the messages of the caller's own conversations. */
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class SearchResource {

    @EJB
    HistoryService history;

    @Context
    SecurityContext security;

    @GET
    @Path("/search")
    @Operation(summary = "Messages of the caller's conversations whose text contains q (ignoring case), newest first")
    @APIResponse(responseCode = "200", description = "The matching messages")
    @APIResponse(responseCode = "400", description = "q shorter than 2 or longer than 200 characters")
    public JsonObject search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("50") int limit) {
        return ChatViews.messages(history.search(security.getUserPrincipal().getName(), q, limit));
    }
}
