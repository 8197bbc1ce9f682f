package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** File transfer under the administrator's policy: type from content, size while streaming, members only. */
class ChatFilesIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final long LIMIT = Long.getLong("parley.it.chatMaxFileBytes", 102_400);

    @Test
    void memberShouldUploadAnImageThatOtherMembersDownloadAsAnAttachment() {
        var conversation = Chat.direct("lahmed", "zdlamini");
        try (var zdlamini = Sockets.connect("zdlamini")) {
            var upload = upload("lahmed", conversation, "screen shot.png", "text/plain", PNG);
            assertEquals(201, upload.statusCode(), upload.body());
            var file = Server.json(upload).getJsonObject("file");
            assertEquals("image/png", file.getString("type"), "found from the content, not the header");
            assertEquals(PNG.length, file.getInt("size"));
            var pushed = Chat.nextMessage(zdlamini, conversation);
            assertEquals(file.getString("id"), pushed.getJsonObject("file").getString("id"));

            var download = bytes(Server.MAIN.as("zdlamini", "/api/v1/conversations/" + conversation + "/files/"
                    + file.getString("id")).GET().build());
            assertEquals(200, download.statusCode());
            assertArrayEquals(PNG, download.body());
            assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

            assertProblem(Server.MAIN.get("asvensson", "/api/v1/conversations/" + conversation + "/files/"
                    + file.getString("id")), 403);
            assertProblem(upload("asvensson", conversation, "x.png", "image/png", PNG), 403);
        }
    }

    @Test
    void plainTextShouldPassAndDisguisedOrOversizedFilesShouldBeRefused() {
        var conversation = Chat.direct("lahmed", "asvensson");
        var text = upload("lahmed", conversation, "notes.txt", "application/octet-stream",
                "plain notes\nline two\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("text/plain", Server.json(text).getJsonObject("file").getString("type"));

        var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        var executable = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        var problem = assertProblem(upload("lahmed", conversation, "cat.png", "image/png", executable), 415);
        assertEquals("https://parley.example/problems/unsupported-media-type", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("not allowed"), problem.toString());
        var allowedHtml = upload("lahmed", conversation, "page.png", "image/png", html);
        assertEquals("text/plain", Server.json(allowedHtml).getJsonObject("file").getString("type"),
                "HTML is only ever served as text, as an attachment");

        var big = new byte[(int) LIMIT + 1024];
        Arrays.fill(big, (byte) 'a');
        assertProblem(upload("lahmed", conversation, "big.txt", "text/plain", big), 413);
        assertProblem(streamed("lahmed", conversation, big), 413);
        var history = Server.json(Server.MAIN.get("lahmed", "/api/v1/conversations/" + conversation + "/messages"));
        assertTrue(history.getJsonArray("messages").stream()
                .noneMatch(m -> m.asJsonObject().getString("text").startsWith("big.txt")), "nothing stored");
    }

    private static HttpResponse<byte[]> bytes(HttpRequest request) {
        try {
            return Server.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> upload(String user, String conversation, String name, String type, byte[] body) {
        return Server.send(Server.MAIN.as(user, "/api/v1/conversations/" + conversation + "/files?name="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** An upload with no declared length (chunked), so that only the streaming limit can stop it. */
    private static HttpResponse<String> streamed(String user, String conversation, byte[] body) {
        return Server.send(Server.MAIN.as(user, "/api/v1/conversations/" + conversation + "/files?name=big.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }
}
