package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;

/** Administrators are the members of the directory's admin group, in Parley and in Liberty's Admin Center. */
class AdministrationIT {

    @Test
    void adminGroupMemberShouldSeeTheServerView() {
        var response = Server.MAIN.get("alice", "/api/v1/admin/server");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("it-1", Server.json(response).getString("serverId"));
    }

    @Test
    void otherUsersShouldBeForbidden() {
        assertProblem(Server.MAIN.get("bob", "/api/v1/admin/server"), 403);
    }

    @Test
    void adminCenterRestConnectorShouldAdmitOnlyTheAdminGroupOverHttps() throws Exception {
        var https = HttpClient.newBuilder().sslContext(trustingTheDevelopmentCertificate()).build();
        var url = httpsBase() + "/IBMJMXConnectorREST/mbeans";
        var alice = Server.send(https, HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", Server.basic("alice", Server.PASSWORD)).build());
        assertEquals(200, alice.statusCode());
        var bob = Server.send(https, HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", Server.basic("bob", Server.PASSWORD)).build());
        assertEquals(403, bob.statusCode());
        var page = Server.send(https, HttpRequest.newBuilder(java.net.URI.create(url.replace("IBMJMXConnectorREST/mbeans", "adminCenter/"))).build());
        assertTrue(page.statusCode() == 200 || page.statusCode() == 302, "Admin Center answers: " + page.statusCode());
    }

    @Test
    void healthShouldReportEveryPartUp() {
        var response = Server.send(Server.MAIN.request("/health/ready").GET().build());
        assertEquals(200, response.statusCode(), response.body());
        var names = Server.json(response).getJsonArray("checks").stream()
                .map(v -> v.asJsonObject().getString("name") + "=" + v.asJsonObject().getString("status")).toList();
        assertTrue(names.containsAll(java.util.List.of("database=UP", "broker=UP", "directory=UP", "sip=UP")), names.toString());
    }

    @Test
    void metricsShouldNeedAnAdministrator() throws Exception {
        var https = HttpClient.newBuilder().sslContext(trustingTheDevelopmentCertificate()).build();
        var url = java.net.URI.create(httpsBase() + "/metrics");
        assertEquals(401, Server.send(https, HttpRequest.newBuilder(url).build()).statusCode());
        var bob = Server.send(https, HttpRequest.newBuilder(url).header("Authorization", Server.basic("bob", Server.PASSWORD)).build());
        assertEquals(403, bob.statusCode());
        var alice = Server.send(https, HttpRequest.newBuilder(url).header("Authorization", Server.basic("alice", Server.PASSWORD)).build());
        assertEquals(200, alice.statusCode());
        assertTrue(alice.body().contains("# TYPE"), "Prometheus text format");
    }

    private static String httpsBase() {
        return "https://127.0.0.1:" + Integer.getInteger("parley.it.httpsPort", 19443);
    }

    @Test
    void openApiShouldDescribeThePresenceApi() {
        var response = Server.send(Server.MAIN.request("/openapi").GET().build());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/presence/me"), response.body());
    }

    private static SSLContext trustingTheDevelopmentCertificate() throws Exception {
        var trustAll = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
