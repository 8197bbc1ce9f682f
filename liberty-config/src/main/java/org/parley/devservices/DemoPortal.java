package org.parley.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo HR intranet: a small web site of its own origin (another port than Parley's) whose
 * employee pages come from the demo directory and show every name live through Parley Links.
 * {@code /people/<uid>} is a profile; {@code /} leads to carol's.
 */
public final class DemoPortal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DemoPortal.class.getName());
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final HttpServer server;
    private final ExecutorService threads;
    private final PortalPeople people;
    private final PortalPage page;

    private DemoPortal(HttpServer server, PortalPeople people, PortalPage page) {
        this.server = server;
        this.people = people;
        this.page = page;
        this.threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /** Starts the portal on host:port (0: any free port), pointing its pages at the Parley server. */
    public static DemoPortal start(String host, int port, String parleyUrl, DemoDirectory directory) throws IOException {
        var portal = new DemoPortal(HttpServer.create(new InetSocketAddress(host, port), 0), new PortalPeople(directory),
                new PortalPage(parleyUrl.replaceAll("/+$", "")));
        portal.server.start();
        LOG.log(Level.INFO, "Demo portal listening on http://{0}:{1,number,#} (Parley at {2})",
                new Object[] {host, portal.port(), parleyUrl});
        return portal;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "Method not allowed".getBytes(StandardCharsets.UTF_8));
            } else if ("/".equals(path)) {
                exchange.getResponseHeaders().set("Location", "/people/carol");
                exchange.sendResponseHeaders(302, -1);
            } else if ("/portal.css".equals(path)) {
                send(exchange, 200, "text/css", css());
            } else if (path.startsWith("/people/")) {
                profile(exchange, URLDecoder.decode(path.substring("/people/".length()), StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, "text/plain", "Not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Demo portal request failed", e);
        }
    }

    private void profile(HttpExchange exchange, String uid) throws Exception {
        var person = UID.matcher(uid).matches() ? people.find(uid) : java.util.Optional.<Employee>empty();
        if (person.isEmpty()) {
            html(exchange, 404, page.notFound(uid));
            return;
        }
        var p = person.get();
        var chain = people.chain(p);
        List<Employee> peers = chain.isEmpty() ? List.of()
                : people.reports(chain.get(0)).stream().filter(e -> !e.uid().equals(p.uid())).toList();
        html(exchange, 200, page.profile(p, chain, people.reports(p), peers));
    }

    private void html(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", page.policy());
        send(exchange, status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static byte[] css() throws IOException {
        try (InputStream in = DemoPortal.class.getResourceAsStream("/portal/portal.css")) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
