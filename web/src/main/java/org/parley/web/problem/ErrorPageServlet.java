package org.parley.web.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web module's error page: whatever failed outside the REST runtime (an unknown path, a
 * failure inside the container) is answered as a problem, never as the container's own page.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error/problem";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        if (status < 400) {
            status = 500;
        }
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Problem problem;
        if (status >= 500) {
            problem = Problem.of("internal", "Internal error", status,
                    "The server failed to handle the request; quote the instance id to an administrator");
        } else {
            problem = Problem.ofStatus(status, null);
        }
        response.reset();
        ProblemJson.send(response, problem, failure);
    }
}
