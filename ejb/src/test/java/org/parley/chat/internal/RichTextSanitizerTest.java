package org.parley.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RichTextSanitizerTest {

    private final RichTextSanitizer sanitizer = new RichTextSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>hi",
        "<img src=x onerror=alert(1)>hi",
        "<a href=\"javascript:alert(1)\">hi</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">hi</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">hi</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">hi</a>",
        "<b onmouseover=\"alert(1)\">hi</b>",
        "<p style=\"background:url(javascript:alert(1))\">hi</p>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>hi",
        "<svg><script>alert(1)</script></svg>hi",
        "<iframe src=\"https://evil.example/\"></iframe>hi",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>hi",
        "<form action=\"https://evil.example\"><button>hi</button></form>",
        "<a href=\"vbscript:msgbox(1)\">hi</a>",
        "<<script>script>alert(1)<</script>/script>hi",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">hi"})
    void hostileInputShouldComeOutInert(String input) {
        var html = sanitizer.html(input).html().toLowerCase(Locale.ROOT);
        for (var bad : new String[] {"<script", "onerror", "onmouseover", "javascript:", "vbscript:", "data:", "style",
                "<img", "<svg", "<iframe", "<form", "<object", "<embed", "<math"}) {
            assertFalse(html.contains(bad), bad + " survived in " + html);
        }
    }

    @Test
    void allowedFormattingShouldStay() {
        var input = "<b>b</b><i>i</i><u>u</u><em>em</em><strong>s</strong><s>x</s><code>c</code><pre>p</pre>"
                + "<p>para<br>line</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote>";
        assertEquals(input, sanitizer.html(input).html());
    }

    @Test
    void linksShouldKeepSafeSchemesAndGetRel() {
        var html = sanitizer.html("<a href=\"https://parley.example/x?a=1&amp;b=2\" target=\"_top\" title=\"t\">x</a>"
                + "<a href=\"mailto:bob@parley.example\">m</a><a href=\"/relative\">r</a>").html();
        assertTrue(html.contains("<a href=\"https://parley.example/x?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\">x</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:bob@parley.example\" rel=\"nofollow noopener noreferrer\">m</a>"), html);
        assertTrue(html.contains("<a rel=\"nofollow noopener noreferrer\">r</a>"), "relative links lose their href: " + html);
        assertFalse(html.contains("target"), html);
    }

    @Test
    void plainTextShouldDropTagsAndKeepWords() {
        var text = sanitizer.html("<p>Hello <b>bob</b></p><p>see <a href=\"https://x.example\">this</a></p><script>no()</script>")
                .text();
        assertEquals("Hello bob see this", text);
    }

    @Test
    void plainFormatShouldShowEveryCharacterAsTyped() {
        var rich = sanitizer.plain("a < b && <script>x</script>\nnext :-)");
        assertEquals("a &lt; b &amp;&amp; &lt;script&gt;x&lt;/script&gt;<br>next :-)", rich.html());
        assertEquals("a < b && <script>x</script>\nnext :-)", rich.text());
    }
}
