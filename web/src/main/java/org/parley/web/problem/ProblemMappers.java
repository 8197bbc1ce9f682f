package org.parley.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.parley.error.ParleyException;

/** Maps every failure a REST call can end in to a problem answer; nothing else reaches the client. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** The REST answer of a problem, logged once with its cause. */
    public static Response respond(Problem p, Throwable cause) {
        ProblemJson.log(p, cause);
        return Response.status(p.status()).type(ProblemJson.MEDIA_TYPE).entity(ProblemJson.toJson(p).toString()).build();
    }

    /** Domain errors: their kind decides the status. */
    @Provider
    public static class Domain implements ExceptionMapper<ParleyException> {
        @Override
        public Response toResponse(ParleyException e) {
            return respond(Problem.of(e), null);
        }
    }

    /** Errors the REST runtime raises itself: unknown path, wrong method, unreadable body. */
    @Provider
    public static class Runtime implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            var detail = status == 400 ? "The request body is not valid JSON of the expected shape" : null;
            return respond(Problem.ofStatus(status, detail), status >= 500 ? e : null);
        }
    }

    /** A body the JSON binding could not read. */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return respond(Problem.of("malformed-body", "Malformed request body", 400,
                    "The request body is not valid JSON of the expected shape"), null);
        }
    }

    /** A body that is not JSON of the expected shape. */
    @Provider
    public static class Unbindable implements ExceptionMapper<jakarta.json.bind.JsonbException> {
        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            return new Unreadable().toResponse(new jakarta.ws.rs.ProcessingException(e));
        }
    }

    /**
     * Anything unexpected: a 500 with a correlation id; the stack trace goes to the log only. A
     * domain error wrapped by a container on its way here is answered as itself.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParleyException domain) {
                    return respond(Problem.of(domain), null);
                }
                if (cause instanceof jakarta.json.bind.JsonbException) {
                    return new Unreadable().toResponse(new jakarta.ws.rs.ProcessingException(cause));
                }
            }
            return respond(Problem.of("internal", "Internal error", 500,
                    "The server failed to handle the request; quote the instance id to an administrator"), e);
        }
    }
}
