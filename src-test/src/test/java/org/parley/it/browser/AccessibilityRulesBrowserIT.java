package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;

/**
 * The axe-core rules for WCAG 2.1 A and AA (contrast, ARIA, names, labels) on every main screen of
 * the web client, the meeting room and the demo portal: no serious or critical violation.
 */
class AccessibilityRulesBrowserIT {

    @Test
    void everyMainScreenPassesTheRules() throws Exception {
        Accounts.reset("erin");
        var found = new java.util.ArrayList<String>();
        try (var erin = Browser.start("erin-axe")) {
            erin.open("/app/");
            erin.waitFor(By.id("signin-user"));
            found.addAll(Axe.serious(erin, "signin"));

            erin.signIn("erin");
            WebClientBrowserIT.addContact(erin, "carol");
            erin.waitForText(By.cssSelector("#panel-contacts .count"), "/1)");
            found.addAll(Axe.serious(erin, "contacts"));

            erin.click(By.id("status-button"));
            erin.waitFor(By.id("status-menu"));
            found.addAll(Axe.serious(erin, "status-menu"));
            erin.click(By.id("status-cancel"));

            erin.click(By.cssSelector("#panel-contacts li.person[data-user='carol'] button[aria-label^='Chat with']"));
            WebClientBrowserIT.send(erin, "Hello :-) see https://example.com");
            erin.waitFor(By.cssSelector("#messages li.message.mine:not(.pending)"));
            found.addAll(Axe.serious(erin, "chat"));

            erin.click(By.id("tab-directory"));
            erin.type(By.id("directory-q"), "carol");
            erin.click(By.xpath("//ul[@id='directory-results']//button[contains(., 'Carol')]"));
            erin.waitFor(By.id("card-close"));
            found.addAll(Axe.serious(erin, "card"));
            erin.click(By.cssSelector("#card-dialog button.call-me-at"));
            erin.waitFor(By.cssSelector("#card-dialog .call-menu [role=menuitem]"));
            found.addAll(Axe.serious(erin, "call-me-at"));
            erin.click(By.cssSelector("#card-dialog button.call-me-at"));
            erin.click(By.id("card-close"));

            erin.click(By.id("tab-alerts"));
            erin.waitFor(By.id("alert-user"));
            found.addAll(Axe.serious(erin, "alerts"));

            erin.click(By.id("tab-settings"));
            erin.waitFor(By.id("privacy-save"));
            found.addAll(Axe.serious(erin, "settings"));

            erin.openUrl(PortalBrowserIT.portal("/people/carol"));
            erin.waitForAttribute(By.tagName("html"), "data-parley-links", "live");
            erin.click(By.cssSelector("[data-parley-person='bob'] > .parley-link"));
            erin.waitFor(By.cssSelector(".parley-menu"));
            found.addAll(Axe.serious(erin, "portal"));

            var meeting = MeetingRooms.create("erin", "carol");
            // Erin's session from the client signs her in to the meeting room as well.
            erin.open("/meet/?m=" + meeting);
            erin.waitFor(By.cssSelector("#people li"));
            found.addAll(Axe.serious(erin, "meeting"));
        }
        // Every screen is checked before failing, so one run names every violation.
        Axe.assertNone(found);
    }

    @Test
    void aRealViolationFailsTheCheck() {
        try (var page = Browser.start("axe-negative")) {
            page.open("/app/");
            page.waitFor(By.id("signin-user"));
            page.script("const p = document.createElement('p'); p.textContent = 'Faint text';"
                    + "p.style.color = '#d0d0d0'; p.style.background = '#ffffff'; p.id = 'faint';"
                    + "const b = document.createElement('button'); b.id = 'nameless';"
                    + "document.querySelector('#signin-form').append(p, b);");
            var rules = Axe.violations(page, null).stream().map(Axe.Violation::rule).collect(Collectors.toSet());
            assertTrue(rules.containsAll(Set.of("color-contrast", "button-name")), "found: " + rules);
            assertThrows(AssertionFailedError.class, () -> Axe.check(page, "negative"));
        }
    }
}
