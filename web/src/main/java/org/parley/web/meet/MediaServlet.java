package org.parley.web.meet;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.meetings.DeckService;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * Slide page images at {@code /meetings-media/{deck}/{page}.png}. Public by design, as a
 * capability URL: a deck's id is a random 122-bit UUID that only the room's participants
 * receive, so guests (who hold no session) can load the pages too. Served immutable.
 */
@WebServlet("/meetings-media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PAGE = Pattern.compile("/([0-9a-f-]{36})/([0-9]{1,4})\\.png");

    @Inject
    transient DeckService decks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var info = request.getPathInfo() == null ? "" : request.getPathInfo();
        var m = PAGE.matcher(info);
        var page = m.matches() ? decks.page(m.group(1), Integer.parseInt(m.group(2))) : java.util.Optional.<java.nio.file.Path>empty();
        if (page.isEmpty()) {
            ProblemJson.send(response, Problem.ofStatus(404, "No such slide page"));
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(page.get()));
        Files.copy(page.get(), response.getOutputStream());
    }
}
