package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The directory failing under a running server, with Debian's OpenLDAP: stopped (people already
 * signed in keep working, new sign-ins get a 503 problem, and all recovers by itself when slapd
 * returns) and frozen (slow beyond the response timeout: answers stay bounded, nothing piles up).
 * Runs in the slapd profile against the slapd-backed server, whose timeout and retry are 1 s.
 */
class SlapdFaultsIT {

    private static final Server SERVER = new Server(Integer.getInteger("parley.it.slapdHttpPort", 19180));
    private static final Path DIR = Path.of(System.getProperty("parley.it.slapdDir", "target/slapd"));
    private static final String PORT = System.getProperty("parley.it.slapdLdapPort", "20390");
    private static final String LDIF = System.getProperty("parley.it.slapdLdif", "");
    private static final String SCRIPT = System.getProperty("parley.it.slapdScript", "src/test/slapd/slapd.sh");
    private static final AtomicInteger NEXT_USER = new AtomicInteger(200);

    @Test
    void ldapDownShouldKeepSignedInPeopleWorkingRefuseNewSignInsAndRecover() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = Server.send(browser, sessionPost("dave"));
        assertEquals(200, login.statusCode(), login.body());
        var token = Server.json(login).getString("csrfToken");
        assertEquals(200, SERVER.get("erin", "/api/v1/presence/me").statusCode());
        var newcomer = unusedUser();

        try (var connected = Sockets.connect(SERVER, "dave")) {
            ldapDown(browser, token, newcomer);
        }
        awaitSignIn();
        assertEquals(200, Server.send(sessionPost(newcomer)).statusCode(), "the refused newcomer signs in now");
    }

    private static void ldapDown(HttpClient browser, String token, String newcomer) throws Exception {
        slapd("stop", DIR.toString());
        try {
            assertEquals(200, Server.send(browser, SERVER.request("/api/v1/presence/me").GET().build()).statusCode());
            var change = Server.send(browser, SERVER.request("/api/v1/presence/me").header("X-CSRF-Token", token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"away\",\"message\":\"LDAP is down\"}")).build());
            assertEquals(200, change.statusCode(), change.body());
            assertEquals(200, Server.send(browser, SERVER.request("/api/v1/contacts").GET().build()).statusCode());
            assertEquals("away", Server.json(SERVER.get("erin", "/api/v1/presence/dave")).getString("status"),
                    "a program signed in with Basic keeps working too");

            assertUnavailable(Server.send(sessionPost(newcomer)));
            assertUnavailable(Server.send(SERVER.request("/api/v1/presence/me")
                    .header("Authorization", Server.basic(unusedUser(), Server.PASSWORD)).GET().build()));
            assertProblem(Server.send(browser, SERVER.request("/api/v1/people?q=zz" + System.nanoTime()).GET().build()),
                    503);
        } finally {
            slapd("start", DIR.toString(), PORT, LDIF);
        }
    }

    @Test
    void aFrozenDirectoryShouldGetBounded503AnswersWithoutPilingUpThreads() throws Exception {
        assertEquals(200, SERVER.get("alice", "/api/v1/admin/directory").statusCode());
        var pid = Files.readString(DIR.resolve("slapd.pid")).trim();
        signal("-STOP", pid);
        try {
            var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < 40; i++) {
                answers.add(Server.http().sendAsync(sessionPost(unusedUser()), HttpResponse.BodyHandlers.ofString()));
            }
            for (var answer : answers) {
                assertUnavailable(answer.join()); // each within the client's 20 s timeout, or join fails
            }
            var figures = Server.json(SERVER.get("alice", "/api/v1/admin/directory")).getJsonObject("directory");
            assertTrue(figures.getJsonNumber("refused").longValue() > 0, "refused at once, not queued: " + figures);
            assertTrue(figures.getInt("peakInUse") <= figures.getInt("poolSize"), figures.toString());
            assertTrue(figures.getInt("inUse") <= figures.getInt("poolSize"), figures.toString());
        } finally {
            signal("-CONT", pid);
        }
        awaitSignIn();
    }

    private static HttpRequest sessionPost(String user) {
        return SERVER.request("/api/v1/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"parley\"}")).build();
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        var problem = assertProblem(response, 503);
        assertTrue(problem.getString("type").endsWith("/directory-unavailable"), problem.toString());
        assertTrue(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }

    /** Signs in new people, one a second, until the directory answers again (at most 30 s). */
    private static void awaitSignIn() throws InterruptedException {
        int status = 0;
        for (int i = 0; i < 30 && status != 200; i++) {
            status = Server.send(sessionPost(unusedUser())).statusCode();
            if (status != 200) {
                Thread.sleep(1000);
            }
        }
        assertEquals(200, status, "sign-in works again by itself");
    }

    /** A person this class has not signed in yet, so that no verification is reused. */
    private static String unusedUser() {
        try {
            var uids = uids();
            return uids.get(NEXT_USER.getAndIncrement() % uids.size());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> uids() throws IOException {
        return Files.readAllLines(Path.of(LDIF)).stream().filter(l -> l.startsWith("uid: "))
                .map(l -> l.substring(5).trim()).toList();
    }

    private static void slapd(String... args) throws Exception {
        var command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    private static void signal(String signal, String pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", signal, pid).inheritIO().start().waitFor());
    }
}
