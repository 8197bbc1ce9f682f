package org.parley.web.problem;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parley.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;

/** Writes problems as JSON, logging each once with its correlation id. */
public final class ProblemJson {

    /** The media type of a problem answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemJson.class.getName());

    private ProblemJson() {
    }

    /** The problem as a JSON object. */
    public static JsonObject toJson(Problem p) {
        return Jsons.createObjectBuilder()
                .add("type", p.type())
                .add("title", p.title())
                .add("status", p.status())
                .add("detail", p.detail() == null ? "" : p.detail())
                .add("instance", p.instance())
                .build();
    }

    /** Logs the problem: client errors at FINE, server errors at WARNING with the cause. */
    public static void log(Problem p, Throwable cause) {
        var level = p.status() >= 500 ? Level.WARNING : Level.FINE;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "Problem " + p.instance() + " (" + p.status() + " " + p.title() + "): " + p.detail(), cause);
        }
    }

    /** Answers a servlet request with the problem. */
    public static void send(HttpServletResponse response, Problem p) throws IOException {
        send(response, p, null);
    }

    /** Answers a servlet request with the problem, logging the failure that caused it. */
    public static void send(HttpServletResponse response, Problem p, Throwable cause) throws IOException {
        log(p, cause);
        response.setStatus(p.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(toJson(p).toString());
    }
}
