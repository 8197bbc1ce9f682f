package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

/** Assertions on RFC 9457 problem answers. */
final class Problems {

    private Problems() {
    }

    /** Asserts the response is a problem with this status and returns it. */
    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "content type of " + response.body());
        var problem = Server.json(response);
        assertProblemFields(problem, status);
        return problem;
    }

    static void assertProblemFields(JsonObject problem, int status) {
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("https://parley.example/problems/"), problem.toString());
        assertFalse(problem.getString("title").isBlank());
        assertTrue(problem.getString("instance").startsWith("urn:uuid:"), problem.toString());
        var text = problem.toString();
        assertFalse(text.contains("Exception:") || text.contains("java.") || text.contains("\tat "),
                "no stack trace or exception name: " + problem);
    }
}
