package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The demo HR portal, a site of another origin, embeds Parley Links: its names show live presence
 * to a person signed in to Parley, the menu opens a chat in the web client, and nothing the page
 * or a status message holds runs as script.
 */
class PortalBrowserIT {

    private static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\">";

    static String portal(String path) {
        return "http://127.0.0.1:" + Integer.getInteger("parley.it.portalPort", 19089) + path;
    }

    @BeforeEach
    void knownState() {
        Accounts.reset("carol");
        Accounts.reset("bob");
    }

    @Test
    void namesOnThePortalShowLivePresenceAndOpenAChat() {
        try (var bob = Browser.start("bob"); var carol = Browser.start("carol")) {
            bob.signIn("bob");
            carol.signIn("carol");
            carol.openUrl(portal("/people/carol"));
            carol.waitForText("Carol Chen");
            var bobMark = By.cssSelector("[data-parley-person='bob']");
            carol.waitForAttribute(By.tagName("html"), "data-parley-links", "live");
            carol.waitUntil(d -> {
                var status = d.findElement(bobMark).getAttribute("data-parley-status");
                return status != null && !"unknown".equals(status) && !"offline".equals(status);
            });

            // Bob's change reaches the portal page live, and his hostile message is only text.
            Accounts.status("bob", "dnd", HOSTILE);
            carol.waitForAttribute(bobMark, "data-parley-status", "dnd");
            carol.click(By.cssSelector("[data-parley-person='bob'] > .parley-link"));
            carol.waitForText(By.cssSelector("[data-parley-person='bob'] .parley-status"), HOSTILE);
            carol.screenshot("portal");
            assertEquals(0L, carol.script("return document.querySelectorAll('main img').length"));

            // A mark whose id is not a user id is left alone; script in the page's text stays text.
            carol.script("const s = document.createElement('span');"
                    + "s.dataset.parleyPerson = '<img src=x onerror=window.__pwned=2>'; s.id = 'bad'; s.textContent = 'x';"
                    + "document.querySelector('main').append(s);");
            carol.waitForPresent(By.id("bad"));
            assertEquals(0L, carol.script("return document.querySelectorAll('#bad .parley-link').length"));
            assertNull(carol.script("return window.__pwned === undefined ? null : window.__pwned"));

            // Chat from the menu opens the web client on a chat with Bob.
            Accounts.status("bob", "available", "");
            // (available, or away: the tests' servers turn an idle person away after a few seconds)
            carol.waitUntil(d -> !"dnd".equals(d.findElement(bobMark).getAttribute("data-parley-status")));
            var before = new HashSet<>(carol.driver().getWindowHandles());
            carol.click(By.xpath("//*[@data-parley-person='bob']//button[@role='menuitem' and .='Chat']"));
            carol.waitUntil(d -> d.getWindowHandles().size() > before.size());
            var opened = carol.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
            carol.driver().switchTo().window(opened);
            carol.waitFor(By.id("composer"));
            carol.waitFor(By.cssSelector("#conversation-list button.conversation[data-with='bob'][aria-current='true']"));
            WebClientBrowserIT.send(carol, "Saw your profile on the intranet");
            bob.click(By.id("tab-chats"));
            bob.click(By.cssSelector("#conversation-list button.conversation[data-with='carol']"));
            bob.waitForText(By.id("messages"), "Saw your profile on the intranet");
        }
    }

    @Test
    void callDialsThePagesNumberOrOpensTheCardToCallWithParley() {
        Phones.none("carol");
        var card = Accounts.call("carol", "GET", "/api/v1/people/bob", null, null);
        var phone = card.getString("telephoneNumber");
        var tel = "tel:" + phone.replaceAll("[^+0-9]", "");
        try (var carol = Browser.start("carol-call")) {
            carol.signIn("carol");
            carol.openUrl(portal("/people/carol"));
            carol.waitForAttribute(By.tagName("html"), "data-parley-links", "live");

            // The portal gives the phone number: Call is a tel: link the device's phone dials.
            var mark = "(//*[@data-parley-person='bob' and @data-parley-phone!=''])[1]";
            carol.click(By.xpath(mark + "/button[contains(@class,'parley-link')]"));
            var call = carol.waitFor(By.xpath(mark + "//a[@role='menuitem']"));
            assertEquals(tel, call.getAttribute("href"));
            assertEquals("Call " + phone, call.getText());
            // The click is a real link activation; the test stops it before the browser hands it to
            // an (absent) external tel: handler, which would otherwise hold the headless browser's input.
            carol.script("window.addEventListener('click', e => { const a = e.target.closest('a');"
                    + " if (a && a.protocol === 'tel:') { window.__dialled = a.href; e.preventDefault(); } }, true);");
            var page = carol.driver().getCurrentUrl();
            call.click();
            carol.waitUntil(d -> d.findElements(By.cssSelector(".parley-menu")).isEmpty());
            assertEquals(tel, carol.script("return window.__dialled"));
            assertEquals(page, carol.driver().getCurrentUrl(), "the portal page stays where it is");

            // A mark without a number: Call with Parley opens the web client on the person's card,
            // the focus on its Call button; the call is placed by the user's own click there.
            carol.script("const s = document.createElement('span'); s.id = 'nophone'; s.dataset.parleyPerson = 'bob';"
                    + "s.textContent = 'Bob Baker'; document.querySelector('main').prepend(s);");
            carol.click(By.cssSelector("#nophone > .parley-link"));
            carol.waitFor(By.cssSelector("#nophone .parley-menu"));
            var before = new HashSet<>(carol.driver().getWindowHandles());
            carol.click(By.xpath("//*[@id='nophone']//button[@role='menuitem' and starts-with(., 'Call')]"));
            carol.waitUntil(d -> d.getWindowHandles().size() > before.size());
            carol.driver().switchTo().window(carol.driver().getWindowHandles().stream()
                    .filter(h -> !before.contains(h)).findFirst().orElseThrow());
            carol.waitFor(By.id("card-close"));
            carol.waitUntil(d -> "Call Bob Baker".equals(d.switchTo().activeElement().getText()) ? true : null);
            assertEquals(tel, carol.waitFor(By.xpath("//*[@id='card-dialog']//dd/a[starts-with(@href, 'tel:')]")).getAttribute("href"),
                    "the office number is still there for the device to dial");
            carol.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            // Through Parley's REST with carol's session: she has no phone registered, and the card says so.
            carol.waitForText(By.id("card-call-error"), "You have no phone registered");
            carol.screenshot("call-card");
        }
    }

    @Test
    void withoutAParleySessionThePortalSaysSoAndShowsNoPresence() {
        try (var visitor = Browser.start("visitor")) {
            visitor.openUrl(portal("/people/carol"));
            visitor.waitForAttribute(By.tagName("html"), "data-parley-links", "signed-out");
            assertEquals("unknown", visitor.waitForPresent(By.cssSelector("[data-parley-person='bob']")).getAttribute("data-parley-status"));
            visitor.screenshot("portal-signed-out");
        }
    }
}
