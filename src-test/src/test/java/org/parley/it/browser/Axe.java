package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The axe-core accessibility rules (from the {@code org.webjars.npm:axe-core} WebJar) run in the
 * page a browser shows now: the WCAG 2.0 and 2.1 level A and AA rules, among them colour contrast,
 * ARIA roles, attributes and names, labels, landmarks and document language.
 */
final class Axe {

    /** The rule sets run: axe-core's tags for WCAG 2.0/2.1 levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The impacts that fail a test. */
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule broken on the page: its id, impact, help text and the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + targets;
        }
    }

    /** Runs the rules on the whole page (or only {@code within}, a CSS selector) and returns every violation. */
    static List<Violation> violations(Browser browser, String within) {
        var driver = (ChromeDriver) browser.driver();
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SOURCE);
        }
        @SuppressWarnings("unchecked")
        var found = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(arguments[0] ? document.querySelector(arguments[0]) : document,
                        { runOnly: { type: 'tag', values: arguments[1] }, resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
                      targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
                """, within, TAGS);
        var out = new ArrayList<Violation>();
        for (var v : found) {
            @SuppressWarnings("unchecked")
            var targets = (List<String>) v.get("targets");
            out.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), targets));
        }
        return out;
    }

    /** The serious and critical violations of the screen the browser shows now; writes a screenshot of it. */
    static List<String> serious(Browser browser, String screen) {
        browser.screenshot("axe-" + screen);
        return violations(browser, null).stream().filter(v -> FAILING.contains(v.impact()))
                .map(v -> screen + ": " + v).toList();
    }

    /** Fails when the screen the browser shows has a serious or critical violation. */
    static void check(Browser browser, String screen) {
        assertNone(serious(browser, screen));
    }

    /** Fails listing the violations, if there are any. */
    static void assertNone(List<String> violations) {
        if (!violations.isEmpty()) {
            fail("Accessibility violations (axe-core, " + TAGS + "):\n  " + String.join("\n  ", violations));
        }
    }

    private static String load() {
        var path = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (var in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
