package org.parley.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class ProblemTest {

    @Test
    void eachDomainErrorShouldMapToItsStatus() {
        assertEquals(404, Problem.of(new ParleyException.NotFound("x")).status());
        assertEquals(403, Problem.of(new ParleyException.Forbidden("x")).status());
        assertEquals(409, Problem.of(new ParleyException.Conflict("x")).status());
        assertEquals(400, Problem.of(new ParleyException.Invalid("x")).status());
        assertEquals(503, Problem.of(new ParleyException.Unavailable("x")).status());
    }

    @Test
    void everyProblemShouldGetItsOwnCorrelationId() {
        var a = Problem.of("internal", "Internal error", 500, "x");
        var b = Problem.of("internal", "Internal error", 500, "x");
        assertNotEquals(a.instance(), b.instance());
        assertEquals("https://parley.example/problems/internal", a.type());
    }
}
