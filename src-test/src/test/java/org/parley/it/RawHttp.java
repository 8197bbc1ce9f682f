package org.parley.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 request sent from a chosen loopback address (127.0.0.2 and up), so that tests of
 * per-address limits do not spend the allowance of 127.0.0.1, which every other test uses.
 */
final class RawHttp {

    /** The status, headers and body of an answer. */
    record Answer(int status, String head, String body) {
        Optional<String> header(String name) {
            for (var line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(line.substring(colon + 1).trim());
                }
            }
            return Optional.empty();
        }
    }

    private RawHttp() {
    }

    /** The body of a chunked answer (ASCII chunk sizes; the JSON bodies here are ASCII too). */
    private static String dechunked(String chunked) {
        var out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    static Answer get(String fromAddress, String path, String authorization) {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", Server.MAIN.httpPort()), 5000);
            socket.setSoTimeout((int) Server.TIMEOUT.toMillis());
            var request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            var head = end < 0 ? text : text.substring(0, end);
            var body = end < 0 ? "" : text.substring(end + 4);
            var answer = new Answer(Integer.parseInt(head.split(" ")[1]), head, body);
            return answer.header("Transfer-Encoding").orElse("").equalsIgnoreCase("chunked")
                    ? new Answer(answer.status(), head, dechunked(body)) : answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
