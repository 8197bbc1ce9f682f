package org.parley.web.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * Refuses API request bodies larger than the configured limit with a 413 problem, whether the
 * size is declared up front or only found while reading a chunked body. A contact-list import
 * (up to 2,000 entries) has its own, larger limit; file uploads into conversations and meeting
 * slides are exempt: the file and slide policies limit them while they stream in.
 */
@WebFilter("/api/*")
public class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Where contact lists are imported. */
    private static final String IMPORT_PATH = "/api/v1/contacts/import";

    /** The upload path of conversation files, held to the file policy instead. */
    private static final Pattern FILE_UPLOAD = Pattern.compile("/api/v1/conversations/[^/]+/files/?"
            + "|/api/v1/meetings/[^/]+/decks/?");

    @Inject
    @ConfigProperty(name = "parley.http.maxBodyBytes", defaultValue = "65536")
    int maxBodyBytes;

    @Inject
    @ConfigProperty(name = "parley.contacts.maxImportBytes", defaultValue = "1048576")
    int maxImportBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isFileUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        int limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        if (declared == -1 && request.getHeader("Transfer-Encoding") != null) {
            var body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                tooLarge(response, limit);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isFileUpload(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && FILE_UPLOAD.matcher(path).matches();
    }

    private int limitFor(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return IMPORT_PATH.equals(path) ? maxImportBytes : maxBodyBytes;
    }

    private static void tooLarge(HttpServletResponse response, int limit) throws IOException {
        response.setHeader("Connection", "close");
        ProblemJson.send(response, Problem.of("payload-too-large", "Payload too large", 413,
                "The request body is larger than " + limit + " bytes"));
    }

    /** A request whose body was read ahead to check its size. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Body already read");
                }
            };
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }
    }
}
