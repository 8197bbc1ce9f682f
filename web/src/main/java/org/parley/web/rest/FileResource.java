package org.parley.web.rest;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.chat.FileService;
import org.parley.error.ParleyException;
import org.parley.error.ParleyException.Limited.Limit;

/**
 * Files and pasted images in a conversation. The upload is the raw request body (any
 * Content-Type: the server finds the type from the content); this path is exempt from the
 * general API body limit and held to the file policy instead, while the body streams in.
 */
@Path("/conversations")
@RolesAllowed(Roles.USER)
public class FileResource {

    @Inject
    FileService files;

    @Inject
    @ConfigProperty(name = "parley.chat.files.maxBytes", defaultValue = "10485760")
    long maxBytes;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a file or pasted image into the conversation (raw body, ?name=the file's name)")
    @APIResponse(responseCode = "201", description = "The message that carries the file")
    @APIResponse(responseCode = "403", description = "The caller is not a member")
    @APIResponse(responseCode = "413", description = "Larger than the file policy allows")
    @APIResponse(responseCode = "415", description = "The content is not of an allowed type, whatever its Content-Type says")
    public Response upload(@PathParam("id") String id, @QueryParam("name") String name, InputStream body) {
        if (request.getContentLengthLong() > maxBytes) {
            throw new ParleyException.Limited(Limit.SIZE, "Files are at most " + maxBytes + " bytes");
        }
        return Response.status(201).entity(ChatViews.sent(files.upload(caller(), id, name, body))).build();
    }

    @GET
    @Path("/{id}/files/{fileId}")
    @Operation(summary = "Download a file of the conversation (members only; always as an attachment)")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "403", description = "The caller is not a member")
    @APIResponse(responseCode = "404", description = "No such file, or it expired")
    public Response download(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        var file = files.open(caller(), id, fileId);
        StreamingOutput content = out -> Files.copy(file.path(), out);
        return Response.ok(content, file.ref().mediaType())
                .header("Content-Disposition", disposition(file.ref().name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Length", file.ref().size())
                .build();
    }

    static String disposition(String name) {
        var ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        var encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
