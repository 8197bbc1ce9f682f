package org.parley.web.rest;

import java.util.ArrayList;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.contacts.Contact;
import org.parley.contacts.ContactEdit;
import org.parley.contacts.ContactService;
import org.parley.contacts.ImportMode;
import org.parley.contacts.ShownList;
import org.parley.error.ParleyException;

/**
 * The caller's contact list: private groups of people, directory groups, nicknames, primary
 * contacts, import and export. Every answer carries the list's version as its {@code ETag};
 * every change names, in {@code If-Match}, the version it was made against, and is refused with
 * 409 when the list changed meanwhile (on another device), so no change is ever lost.
 */
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class ContactsResource {

    private static final String IF_MATCH = "The version of the list the change was made against, as the ETag of "
            + "the last answer gave it: \"7\". A list that changed meanwhile answers 409.";

    private static final String GROUP = "The group's id, or its name in any letter case (percent-encoded; a name "
            + "holding '/', '\\' or '#' cannot travel in a path: use the id)";

    @EJB
    ContactService contacts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's contact list, with presence and online/total counts as the caller may see them")
    @APIResponse(responseCode = "200", description = "The list; its version is also the ETag")
    public Response list() {
        return answer(contacts.list(caller()));
    }

    @POST
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a private group {name, position}")
    @APIResponse(responseCode = "200", description = "The changed list")
    @APIResponse(responseCode = "400", description = "Bad name or position, no If-Match, or 200 groups already")
    @APIResponse(responseCode = "409", description = "A group of that name exists, or the list changed meanwhile")
    public Response createGroup(@Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContactRequests.Group body) {
        var request = required(body, "{\"name\": ..., \"position\": n}");
        return change(ifMatch, new ContactEdit.CreateGroup(request.name(), request.position()));
    }

    @POST
    @Path("/public-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a directory group {name, position}: read-only, its members follow the directory")
    @APIResponse(responseCode = "200", description = "The changed list")
    @APIResponse(responseCode = "400", description = "No such directory group, bad position, or no If-Match")
    @APIResponse(responseCode = "409", description = "A group of that name is in the list, or the list changed meanwhile")
    public Response addPublicGroup(@Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContactRequests.Group body) {
        var request = required(body, "{\"name\": ..., \"position\": n}");
        return change(ifMatch, new ContactEdit.AddPublicGroup(request.name(), request.position()));
    }

    @PATCH
    @Path("/groups/{group}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a private group and/or move any group {name, position}")
    @APIResponse(responseCode = "200", description = "The changed list")
    @APIResponse(responseCode = "404", description = "No such group")
    @APIResponse(responseCode = "409", description = "The new name is taken, or the list changed meanwhile")
    public Response changeGroup(@Parameter(description = GROUP) @PathParam("group") String group,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContactRequests.Group body) {
        var request = required(body, "{\"name\": ..., \"position\": n}");
        var edits = new ArrayList<ContactEdit>();
        var name = group;
        if (request.name() != null) {
            var rename = new ContactEdit.RenameGroup(group, request.name());
            edits.add(rename);
            name = rename.newName();
        }
        if (request.position() != null) {
            edits.add(new ContactEdit.MoveGroup(name, request.position()));
        }
        return change(ifMatch, new ContactEdit.Sequence(edits));
    }

    @DELETE
    @Path("/groups/{group}")
    @Operation(summary = "Remove a group: a private group with its entries, or a public group")
    @APIResponse(responseCode = "200", description = "The changed list")
    @APIResponse(responseCode = "404", description = "No such group")
    @APIResponse(responseCode = "409", description = "The list changed meanwhile")
    public Response removeGroup(@Parameter(description = GROUP) @PathParam("group") String group,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return change(ifMatch, new ContactEdit.RemoveGroup(group));
    }

    @POST
    @Path("/groups/{group}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a person to a private group {user, nickname, primary, position}")
    @APIResponse(responseCode = "200", description = "The changed list")
    @APIResponse(responseCode = "400", description = "No such user, bad nickname or position, or 2,000 entries already")
    @APIResponse(responseCode = "404", description = "No such group")
    @APIResponse(responseCode = "409", description = "The person is in the group already, or the list changed meanwhile")
    public Response addContact(@Parameter(description = GROUP) @PathParam("group") String group,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContactRequests.NewContact body) {
        var request = required(body, "{\"user\": ..., \"nickname\": ..., \"primary\": false}");
        var contact = new Contact(request.user(), request.nickname(), Boolean.TRUE.equals(request.primary()));
        return change(ifMatch, new ContactEdit.AddContact(group, contact, request.position()));
    }

    @PATCH
    @Path("/groups/{group}/contacts/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a person's nickname and primary mark, and/or move them {nickname, primary, group, position}")
    @APIResponse(responseCode = "200", description = "The changed list")
    @APIResponse(responseCode = "404", description = "No such group, or the person is not in it")
    @APIResponse(responseCode = "409", description = "The person is in the target group already, or the list changed meanwhile")
    public Response changeContact(@Parameter(description = GROUP) @PathParam("group") String group, @PathParam("user") String user,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContactRequests.ContactChange body) {
        var request = required(body, "{\"nickname\": ..., \"primary\": ..., \"group\": ..., \"position\": n}");
        var edits = new ArrayList<ContactEdit>();
        if (request.nickname() != null || request.primary() != null) {
            edits.add(new ContactEdit.UpdateContact(group, user, request.nickname(), request.primary()));
        }
        if (request.group() != null || request.position() != null) {
            var to = request.group() == null ? group : request.group();
            edits.add(new ContactEdit.MoveContact(group, user, to, request.position()));
        }
        return change(ifMatch, new ContactEdit.Sequence(edits));
    }

    @DELETE
    @Path("/groups/{group}/contacts/{user}")
    @Operation(summary = "Remove a person from a private group")
    @APIResponse(responseCode = "200", description = "The changed list")
    @APIResponse(responseCode = "404", description = "No such group, or the person is not in it")
    @APIResponse(responseCode = "409", description = "The list changed meanwhile")
    public Response removeContact(@Parameter(description = GROUP) @PathParam("group") String group, @PathParam("user") String user,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return change(ifMatch, new ContactEdit.RemoveContact(group, user));
    }

    @GET
    @Path("/export")
    @Operation(summary = "The caller's list as a contacts document (docs/contacts-format.md)")
    @APIResponse(responseCode = "200", description = "The document; the list's version is the ETag")
    public Response export() {
        var list = contacts.export(caller());
        return Response.ok(ContactsDocument.of(list)).tag(Versions.tag(list.version()))
                .header("Content-Disposition", "attachment; filename=\"contacts-" + list.owner() + ".json\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a contacts document: ?mode=merge (default) adds to the list, ?mode=replace replaces it. "
            + "Every entry is checked first; when any is bad nothing changes and the 400 problem names them")
    @APIResponse(responseCode = "200", description = "The list after the import")
    @APIResponse(responseCode = "400", description = "Bad entries (named in the detail), a wrong format, or over the limits")
    @APIResponse(responseCode = "409", description = "The list changed meanwhile")
    @APIResponse(responseCode = "413", description = "The document is larger than parley.contacts.maxImportBytes")
    public Response importList(
            @Parameter(description = "merge (default) or replace") @QueryParam("mode") String mode,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContactsDocument body) {
        var document = required(body, "a contacts document (see GET /api/v1/contacts/export)");
        long version = Versions.fromIfMatch(ifMatch);
        return answer(contacts.importList(caller(), document.toImport(ImportMode.fromWire(mode)), version));
    }

    private Response change(String ifMatch, ContactEdit edit) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(contacts.change(caller(), edit, version));
    }

    private static Response answer(ShownList list) {
        return Response.ok(ContactListView.of(list)).tag(Versions.tag(list.version())).build();
    }

    private static <T> T required(T body, String shape) {
        if (body == null) {
            throw new ParleyException.Invalid("A JSON body " + shape + " is required");
        }
        return body;
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
