package org.parley.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API root: {@code /api/v1}. */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.USER, Roles.ADMIN})
@OpenAPIDefinition(
        info = @Info(title = "Parley REST API", version = "1",
                description = "Presence, sessions and administration of a Parley server. Errors are RFC 9457 problem details.",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ParleyApi extends Application {
}
