package org.parley.devservices;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PortalPageTest {

    private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"x";

    private static Employee person(String uid, String name, String manager) {
        return new Employee(uid, name, HOSTILE, "Engineering", "a@b.example", "+1-555-0100", "", "New York", "1", manager);
    }

    @Test
    void everyValueShouldBeEscapedAndEveryNameMarkedForTheWidget() {
        var page = new PortalPage("http://127.0.0.1:9080").profile(person("carol", "Carol <b>Chen</b>", "bob"),
                List.of(person("bob", "Bob Baker", null)), List.of(), List.of(person("erin", "Erin & Co", "bob")));
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<b>Chen"), page);
        assertFalse(page.contains("\" onmouseover"), page);
        assertTrue(page.contains("Carol &lt;b&gt;Chen&lt;/b&gt;"));
        assertTrue(page.contains("Erin &amp; Co"));
        assertTrue(page.contains("data-parley-person=\"carol\""));
        assertTrue(page.contains("data-parley-person=\"bob\""));
        assertTrue(page.contains("data-parley-person=\"erin\""));
        assertTrue(page.contains("<script src=\"http://127.0.0.1:9080/links/links.js\" defer></script>"));
    }

    @Test
    void thePolicyShouldAllowScriptOnlyFromItselfAndParley() {
        var policy = new PortalPage("http://127.0.0.1:9080").policy();
        assertTrue(policy.contains("script-src 'self' http://127.0.0.1:9080;"), policy);
        assertTrue(policy.contains("ws://127.0.0.1:9080"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
    }
}
