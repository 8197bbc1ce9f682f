package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.people.PeopleService;

/** The company directory: people search, business cards and the org chart (docs/directory.md). */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class PeopleResource {

    private static final int PHOTO_MAX_AGE_SECONDS = 300;

    @EJB
    PeopleService people;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Type-ahead people search: every word of q begins a name, the user id, mail, a phone or the department")
    @APIResponse(responseCode = "200", description = "One page of people, sorted by display name, with presence as the caller may see it")
    @APIResponse(responseCode = "400", description = "q missing or longer than 64 characters, more than 5 words, bad limit or cursor")
    @APIResponse(responseCode = "503", description = "The directory cannot be reached")
    public DirectoryPages.People search(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return DirectoryPages.People.of(people.search(caller(), q, DirectoryPages.limit(limit), cursor));
    }

    @GET
    @Path("/{uid}")
    @Operation(summary = "A person's business card: directory attributes, manager, photo link, live presence and local time")
    @APIResponse(responseCode = "200", description = "The card")
    @APIResponse(responseCode = "404", description = "No such person")
    public CardView card(@PathParam("uid") String uid) {
        return CardView.of(people.card(caller(), uid));
    }

    @GET
    @Path("/{uid}/photo")
    @Produces("image/jpeg")
    @Operation(summary = "A person's photo")
    @APIResponse(responseCode = "200", description = "The JPEG photo")
    @APIResponse(responseCode = "404", description = "No such person, or no photo")
    public Response photo(@PathParam("uid") String uid) {
        var cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(PHOTO_MAX_AGE_SECONDS);
        return Response.ok(people.photo(uid), "image/jpeg").cacheControl(cache).build();
    }

    @GET
    @Path("/{uid}/chain")
    @Operation(summary = "The report-to chain: the manager first, up to the top")
    @APIResponse(responseCode = "200", description = "The chain; empty at the top")
    @APIResponse(responseCode = "404", description = "No such person")
    public DirectoryPages.People chain(@PathParam("uid") String uid) {
        return DirectoryPages.People.of(people.chain(caller(), uid));
    }

    @GET
    @Path("/{uid}/reports")
    @Operation(summary = "A person's direct reports, sorted by display name")
    @APIResponse(responseCode = "200", description = "One page of direct reports")
    @APIResponse(responseCode = "404", description = "No such person")
    public DirectoryPages.People reports(@PathParam("uid") String uid, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return DirectoryPages.People.of(people.reports(caller(), uid, DirectoryPages.limit(limit), cursor));
    }

    @GET
    @Path("/{uid}/peers")
    @Operation(summary = "The others with the same manager, sorted by display name")
    @APIResponse(responseCode = "200", description = "One page of peers; empty at the top")
    @APIResponse(responseCode = "404", description = "No such person")
    public DirectoryPages.People peers(@PathParam("uid") String uid, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return DirectoryPages.People.of(people.peers(caller(), uid, DirectoryPages.limit(limit), cursor));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
