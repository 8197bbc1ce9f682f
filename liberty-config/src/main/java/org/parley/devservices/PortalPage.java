package org.parley.devservices;

import java.util.List;

/**
 * The HTML of the demo HR portal: an employee's profile with the business card, the report-to
 * chain and the team, every name marked for Parley's presence widget. Every value is escaped.
 */
final class PortalPage {

    private final String parleyUrl;

    PortalPage(String parleyUrl) {
        this.parleyUrl = parleyUrl;
    }

    /** The Content-Security-Policy of the portal's pages: scripts, styles and connections only from itself and Parley. */
    String policy() {
        var ws = parleyUrl.replaceFirst("^http", "ws");
        return "default-src 'self'; script-src 'self' " + parleyUrl + "; style-src 'self' " + parleyUrl
                + "; connect-src 'self' " + parleyUrl + " " + ws + "; img-src 'self' " + parleyUrl
                + "; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
    }

    String profile(Employee person, List<Employee> chain, List<Employee> reports, List<Employee> peers) {
        var html = new StringBuilder(8192);
        head(html, person.name() + " — People — Parley Example Corp");
        html.append("<main class=\"profile\">\n<section class=\"card\" aria-labelledby=\"who\">\n")
                .append("<p class=\"crumbs\"><a href=\"/people/").append(attr(person.uid())).append("\">People</a> › ")
                .append(esc(person.department())).append("</p>\n")
                .append("<h1 id=\"who\">").append(mark(person)).append("</h1>\n")
                .append("<p class=\"title\">").append(esc(person.title())).append(" · ").append(esc(person.department())).append("</p>\n")
                .append("<h2>Business card</h2>\n<dl class=\"business-card\">\n");
        field(html, "Employee number", person.employeeNumber());
        field(html, "Mail", person.mail());
        field(html, "Phone", person.phone());
        field(html, "Mobile", person.mobile());
        field(html, "Office", person.office());
        html.append("</dl>\n</section>\n");
        html.append("<section class=\"card\" aria-labelledby=\"chain\"><h2 id=\"chain\">Reports to</h2>\n");
        if (chain.isEmpty()) {
            html.append("<p>Top of the organization.</p>\n");
        } else {
            html.append("<ol class=\"chain\">\n");
            for (int i = chain.size() - 1; i >= 0; i--) {
                html.append("<li>").append(linked(chain.get(i))).append("</li>\n");
            }
            html.append("</ol>\n");
        }
        html.append("</section>\n");
        team(html, "reports", "Direct reports", reports);
        team(html, "team", "Team (same manager)", peers);
        html.append("</main>\n<footer>Parley Example Corp — HR intranet (demo). Presence by Parley Links.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    String notFound(String uid) {
        var html = new StringBuilder();
        head(html, "Not found — Parley Example Corp");
        html.append("<main><p>Nobody with the id ").append(esc(uid)).append(" works here.</p></main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/portal.css\">\n")
                .append("<script src=\"").append(attr(parleyUrl)).append("/links/links.js\" defer></script>\n")
                .append("</head>\n<body>\n<header class=\"bar\"><strong>Parley Example Corp</strong> · HR intranet</header>\n");
    }

    private void team(StringBuilder html, String id, String heading, List<Employee> people) {
        html.append("<section class=\"card\" aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id).append("\">")
                .append(esc(heading)).append(" (").append(people.size()).append(")</h2>\n");
        if (people.isEmpty()) {
            html.append("<p>None.</p>\n");
        } else {
            html.append("<ul class=\"team\">\n");
            people.forEach(p -> html.append("<li>").append(linked(p)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void field(StringBuilder html, String label, String value) {
        if (!value.isEmpty()) {
            html.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    /** A name marked for the widget, with the phone number the widget's Call action dials. */
    private static String mark(Employee p) {
        return "<span data-parley-person=\"" + attr(p.uid()) + "\" data-parley-phone=\"" + attr(p.phone()) + "\">"
                + esc(p.name()) + "</span>";
    }

    private static String linked(Employee p) {
        return mark(p) + " <a class=\"profile-link\" href=\"/people/" + attr(p.uid()) + "\">profile</a> <span class=\"muted\">"
                + esc(p.title()) + "</span>";
    }

    static String esc(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String attr(String text) {
        return esc(text);
    }
}
