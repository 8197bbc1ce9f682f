package org.parley.web.problem;

import java.util.UUID;

import org.parley.error.ParleyException;

/**
 * An RFC 9457 problem: what went wrong, for a person and for a program.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status code
 * @param detail what went wrong this time
 * @param instance a correlation id, also written to the server log
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    /** The base of every Parley problem type URI. */
    public static final String TYPE_BASE = "https://parley.example/problems/";

    /** A problem of the given kind with a fresh correlation id. */
    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPE_BASE + kind, title, status, detail, "urn:uuid:" + UUID.randomUUID());
    }

    /** A problem named after a bare HTTP status, titled with its reason phrase. */
    public static Problem ofStatus(int status, String detail) {
        var reason = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        var title = reason == null ? "Error" : reason.getReasonPhrase();
        return of("http-" + status, title, status, detail == null ? title : detail);
    }

    /** The problem that answers a domain error. */
    public static Problem of(ParleyException e) {
        return of(e.kind(), e.title(), statusOf(e), e.getMessage());
    }

    /** The HTTP status that answers each kind of domain error. */
    public static int statusOf(ParleyException e) {
        if (e instanceof ParleyException.NotFound) {
            return 404;
        } else if (e instanceof ParleyException.Forbidden) {
            return 403;
        } else if (e instanceof ParleyException.Conflict) {
            return 409;
        } else if (e instanceof ParleyException.Invalid) {
            return 400;
        } else if (e instanceof ParleyException.Limited limited) {
            return switch (limited.limit()) {
                case RATE -> 429;
                case SIZE -> 413;
                case TYPE -> 415;
            };
        }
        return 503;
    }
}
