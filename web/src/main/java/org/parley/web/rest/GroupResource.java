package org.parley.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.people.PeopleService;

/** Browsing the directory's groups (docs/directory.md). */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class GroupResource {

    @EJB
    PeopleService people;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Directory groups whose name or description begins with q (all without q), by name")
    @APIResponse(responseCode = "200", description = "One page of groups")
    @APIResponse(responseCode = "400", description = "q longer than 64 characters, bad limit or cursor")
    public DirectoryPages.Groups groups(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return DirectoryPages.Groups.of(people.groups(q, DirectoryPages.limit(limit), cursor));
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "A directory group")
    @APIResponse(responseCode = "200", description = "The group, with its member count (nested groups expanded)")
    @APIResponse(responseCode = "404", description = "No such group")
    public GroupView group(@PathParam("name") String name) {
        return GroupView.of(people.group(name));
    }

    @GET
    @Path("/{name}/members")
    @Operation(summary = "The people in a group, nested groups expanded, sorted by display name")
    @APIResponse(responseCode = "200", description = "One page of members, with presence as the caller may see it")
    @APIResponse(responseCode = "404", description = "No such group")
    public DirectoryPages.People members(@PathParam("name") String name, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return DirectoryPages.People.of(people.members(security.getUserPrincipal().getName(), name,
                DirectoryPages.limit(limit), cursor));
    }
}
