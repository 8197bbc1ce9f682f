package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * Sign-in against the directory through the server's LDAP registry; run once per directory
 * server (the embedded demo directory and OpenLDAP's slapd).
 */
abstract class SignInTests {

    /** The Parley server whose registry points at the directory under test. */
    abstract Server server();

    @Test
    void requestWithoutCredentialsShouldGet401Problem() {
        var response = Server.send(server().request("/api/v1/presence/me").GET().build());
        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void wrongPasswordShouldGet401Problem() {
        var response = Server.send(server().request("/api/v1/presence/me")
                .header("Authorization", Server.basic("bob", "not-his-password")).GET().build());
        assertProblem(response, 401);
    }

    @Test
    void unknownUserShouldGet401Problem() {
        var response = Server.send(server().request("/api/v1/presence/me")
                .header("Authorization", Server.basic("nobody-here", "parley")).GET().build());
        assertProblem(response, 401);
    }

    @Test
    void malformedBasicHeaderShouldGet401Problem() {
        var response = Server.send(server().request("/api/v1/presence/me")
                .header("Authorization", "Basic %%%not-base64").GET().build());
        assertProblem(response, 401);
    }

    @Test
    void rightPasswordShouldSignIn() {
        var response = server().get("bob", "/api/v1/presence/me");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("bob", Server.json(response).getString("user"));
    }

    @Test
    void adminGroupMemberShouldHaveTheAdminRole() {
        assertEquals(200, server().get("alice", "/api/v1/admin/server").statusCode());
        assertProblem(server().get("bob", "/api/v1/admin/server"), 403);
    }

    @Test
    void browserSessionShouldSignInRequireCsrfTokenAndSignOut() {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = send(browser, server().request("/api/v1/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"carol\",\"password\":\"parley\"}")).build());
        assertEquals(200, login.statusCode(), login.body());
        var session = Server.json(login);
        assertEquals("carol", session.getString("user"));
        assertFalse(session.getBoolean("admin"));
        var token = session.getString("csrfToken");

        assertEquals(200, send(browser, server().request("/api/v1/presence/me").GET().build()).statusCode());
        var withoutToken = send(browser, server().request("/api/v1/presence/me").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"available\"}")).build());
        assertProblem(withoutToken, 403);
        var withToken = send(browser, server().request("/api/v1/presence/me").header("Content-Type", "application/json")
                .header("X-CSRF-Token", token).PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"available\"}")).build());
        assertEquals(200, withToken.statusCode(), withToken.body());

        var logout = send(browser, server().request("/api/v1/session").header("X-CSRF-Token", token).DELETE().build());
        assertEquals(204, logout.statusCode(), logout.body());
        assertProblem(send(browser, server().request("/api/v1/presence/me").GET().build()), 401);
    }

    @Test
    void browserSignInWithWrongPasswordShouldGet401Problem() {
        var response = Server.send(server().request("/api/v1/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"carol\",\"password\":\"guess\"}")).build());
        assertProblem(response, 401);
    }

    @Test
    void browserSignInWithMalformedJsonShouldGet400Problem() {
        var response = Server.send(server().request("/api/v1/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":")).build());
        assertProblem(response, 400);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return Server.send(client, request);
    }
}
