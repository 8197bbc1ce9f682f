package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Meetings for the tests: created over REST, joined over the room WebSocket, slides made with PDFBox. */
final class Meetings {

    private Meetings() {
    }

    /** Creates an instant meeting owned by the user, inviting the others; answers the meeting. */
    static JsonObject instant(String owner, String... invitees) {
        return create(owner, "{\"kind\":\"instant\",\"title\":\"" + Chat.unique("room") + "\",\"invitees\":"
                + array(invitees) + "}");
    }

    static JsonObject create(String owner, String json) {
        var response = post(Server.MAIN, owner, "/api/v1/meetings", "application/json", json.getBytes());
        assertEquals(201, response.statusCode(), response.body());
        return Server.json(response);
    }

    static HttpResponse<String> post(Server server, String user, String path, String type, byte[] body) {
        return Server.send(server.as(user, path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Joins the room as the user on the server; answers the connection once its "joined" state arrived. */
    static Room join(Server server, String user, String meeting) {
        return join(server, user, meeting, null);
    }

    static Room join(Server server, String user, String meeting, String password) {
        var socket = Sockets.open(server, "/ws/v1/meetings/" + meeting, user);
        socket.send(joinMessage(null, password));
        var room = new Room(socket, socket.next("state"));
        OPEN.add(room);
        return room;
    }

    /** Rooms open in this JVM: pinged every 2 s, as clients do, so that slow steps do not hit the short test idle timeout. */
    private static final java.util.Set<Room> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        var pinger = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "room-pinger");
            t.setDaemon(true);
            return t;
        });
        pinger.scheduleWithFixedDelay(() -> OPEN.forEach(r -> r.socket().sendIgnoringFailure("{\"type\":\"ping\"}")),
                2, 2, java.util.concurrent.TimeUnit.SECONDS);
    }

    static String joinMessage(String name, String password) {
        var b = jakarta.json.Json.createObjectBuilder().add("type", "join");
        if (name != null) {
            b.add("name", name);
        }
        if (password != null) {
            b.add("password", password);
        }
        return b.build().toString();
    }

    /** A connection in a room and the state it joined with. */
    record Room(Sockets socket, JsonObject joined) implements AutoCloseable {
        void send(String json) {
            socket.send(json);
        }

        JsonObject next(String type) {
            return socket.next(type);
        }

        /** The next error answering a message of the given type. */
        JsonObject error(String about) {
            return socket.next(m -> "error".equals(m.getString("type")) && about.equals(m.getString("about", "")),
                    "error about " + about);
        }

        @Override
        public void close() {
            OPEN.remove(this);
            socket.close();
        }
    }

    /** Uploads slides into the meeting as the user. */
    static HttpResponse<String> upload(String user, String meeting, String name, byte[] content) {
        return post(Server.MAIN, user, "/api/v1/meetings/" + meeting + "/decks?name=" + name,
                "application/octet-stream", content);
    }

    /** A PDF of the given number of pages, each saying its number. */
    static byte[] pdf(int pages) {
        try (var doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                var page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (var content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 48);
                    content.newLineAtOffset(100, 700);
                    content.showText("Page " + i);
                    content.endText();
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    static byte[] encryptedPdf() {
        try (var doc = new PDDocument()) {
            doc.addPage(new PDPage());
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        var out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    static HttpResponse<byte[]> bytes(String path) {
        try {
            return Server.http().send(Server.MAIN.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String array(String... values) {
        var a = jakarta.json.Json.createArrayBuilder();
        for (var v : values) {
            a.add(v);
        }
        return a.build().toString();
    }
}
