package org.parley.chat.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.parley.chat.RichText;

/**
 * Turns what a client sent into the safe HTML subset Parley stores and its plain text. Only
 * b, i, u, em, strong, s, code, pre, br, p, ul, ol, li, blockquote and a survive; a link keeps
 * only an http, https or mailto href and gets rel="nofollow noopener noreferrer"; everything else
 * (scripts, event handlers, styles, other URL schemes, unknown tags) is dropped, keeping the
 * text. Thread safety: immutable, shareable.
 */
public final class RichTextSanitizer {

    private static final String REL = "nofollow noopener noreferrer";

    private final Safelist safelist = new Safelist()
            .addTags("b", "i", "u", "em", "strong", "s", "code", "pre", "br", "p", "ul", "ol", "li", "blockquote", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", REL);

    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
            .charset("UTF-8").escapeMode(Entities.EscapeMode.base);

    /** Sanitizes HTML input. */
    public RichText html(String input) {
        var clean = Jsoup.clean(input, "", safelist, output);
        return new RichText(clean, Jsoup.parseBodyFragment(clean).body().text());
    }

    /** Treats the input as plain text: every character shows as typed, line breaks as br. */
    public RichText plain(String input) {
        var escaped = Entities.escape(input, output).replace("\r\n", "\n").replace("\n", "<br>");
        return new RichText(escaped, input.strip());
    }
}
