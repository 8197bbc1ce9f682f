package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What a chat offers beyond plain text, each seen in the other person's browser: bold and italic
 * from the formatting tools, a pasted image, leaving a group chat, and a contact list changed on
 * another device of the same person.
 */
class ChatDetailsBrowserIT {

    /** A 1x1 PNG, as base64. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    @BeforeEach
    void knownState() {
        Accounts.reset("dave");
        Accounts.reset("bob");
    }

    @Test
    void boldItalicAndAPastedImageReachTheRecipientAndNothingHostileDoes() {
        try (var dave = Browser.start("dave-format"); var bob = Browser.start("bob-format")) {
            dave.signIn("dave");
            bob.signIn("bob");
            openChat(dave, "bob");

            // Dave formats with the toolbar: plain, then bold, then italic.
            var composer = dave.waitFor(By.id("composer"));
            composer.sendKeys("Plain then ");
            dave.click(By.cssSelector(".toolbar-rt button[aria-label='Bold']"));
            composer.sendKeys("loud");
            dave.click(By.cssSelector(".toolbar-rt button[aria-label='Bold']"));
            composer.sendKeys(" and ");
            dave.click(By.cssSelector(".toolbar-rt button[aria-label='Italic']"));
            composer.sendKeys("soft");
            composer.sendKeys(Keys.ENTER);

            openChat(bob, "dave");
            bob.waitFor(By.xpath("//ol[@id='messages']//strong[.='loud']"));
            bob.waitFor(By.xpath("//ol[@id='messages']//em[.='soft']"));
            bob.waitForText(By.id("messages"), "Plain then loud and soft");

            // A hostile sender writes HTML straight into the composer: the recipient gets the
            // emphasis, without its attributes, and nothing that runs.
            dave.script("document.getElementById('composer').innerHTML = arguments[0];",
                    "<strong onmouseover=\"window.__pwned=1\" style=\"color:red\">bold-hostile</strong>"
                            + "<em class=\"x\" onclick=\"window.__pwned=2\">em-hostile</em>"
                            + "<a href=\"javascript:window.__pwned=3\">click</a><iframe src=\"about:blank\"></iframe>");
            dave.waitFor(By.id("composer")).sendKeys(Keys.END, Keys.ENTER);
            bob.waitFor(By.xpath("//ol[@id='messages']//strong[.='bold-hostile']"));
            bob.waitFor(By.xpath("//ol[@id='messages']//em[.='em-hostile']"));
            // Read from the page as drawn now (the list re-renders as receipts arrive).
            assertEquals(0L, bob.script("return [...document.querySelectorAll('#messages strong, #messages em')]"
                    + ".reduce((n, e) => n + e.attributes.length, 0)"), "no attribute survives");
            assertEquals(0L, bob.script("return document.querySelectorAll('#messages iframe, #messages script, #messages a[href^=\"javascript\"]').length"));
            bob.script("document.querySelectorAll('#messages strong, #messages em, #messages a').forEach(e => {"
                    + " e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); e.click(); });");
            assertNull(bob.script("return window.__pwned === undefined ? null : window.__pwned"));
            bob.screenshot("formatted");

            // Dave pastes an image (a real paste event carrying a file, as a screenshot paste is).
            dave.script("""
                    const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                    const data = new DataTransfer();
                    data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
                    const editor = document.getElementById('composer');
                    editor.focus();
                    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                    """, PNG);
            // Found anew on every try: the message list is rendered again when receipts arrive.
            var pasted = "#messages .file-image img[alt='image.png']";
            bob.waitFor(By.cssSelector(pasted));
            bob.waitUntil(d -> ((Number) bob.script("const i = document.querySelector(arguments[0]);"
                    + " return i && i.complete ? i.naturalWidth : 0", pasted)).intValue() > 0);
            assertEquals(1L, bob.script("return document.querySelector(arguments[0]).naturalWidth", pasted),
                    "the pasted 1x1 image itself");
            assertEquals("", dave.waitFor(By.id("composer")).getText(), "the image went as a file, not into the text");
            bob.screenshot("pasted-image");
        }
    }

    @Test
    void whoLeavesAGroupIsGoneFromTheMemberListAndGetsNoMoreMessages() {
        Accounts.reset("erin");
        try (var carol = Browser.start("carol-leave"); var erin = Browser.start("erin-leave")) {
            carol.signIn("carol");
            erin.signIn("erin");
            var title = WebClientBrowserIT.newGroupChat(carol, "Offsite", "erin, bob");
            WebClientBrowserIT.send(carol, "Who is coming?");

            erin.click(By.id("tab-chats"));
            var group = By.xpath("//ul[@id='conversation-list']//button[contains(., '" + title + "')]");
            erin.click(group);
            erin.waitForText(By.id("messages"), "Who is coming?");
            erin.click(By.xpath("//header[@class='chat-head']//button[.='Leave']"));

            // Carol's member list loses Erin live; Erin's client no longer shows the group.
            carol.waitUntil(d -> !lower(d.findElement(By.cssSelector(".members")).getText()).contains("erin"));
            assertTrue(lower(carol.driver().findElement(By.cssSelector(".members")).getText()).contains("bob"));
            erin.waitUntil(d -> d.findElements(group).isEmpty());
            assertTrue(erin.findAll(By.id("messages")).isEmpty(), "the group's messages are closed for Erin");

            WebClientBrowserIT.send(carol, "Said after Erin left");
            carol.waitFor(By.xpath("//ol[@id='messages']//li[contains(@class,'mine') and not(contains(@class,'pending')) and contains(., 'Said after Erin left')]"));
            // Bob, still a member, reads it over REST; Erin's page and her history do not get it.
            var conversation = carol.driver().findElement(By.cssSelector("#conversation-list button[aria-current='true']")).getAttribute("data-conversation");
            var bobs = Accounts.call("bob", "GET", "/api/v1/conversations/" + conversation + "/messages?limit=50", null, null);
            assertTrue(bobs.toString().contains("Said after Erin left"));
            erin.click(By.id("tab-contacts"));
            erin.click(By.id("tab-chats"));
            assertFalse(erin.driver().findElement(By.tagName("body")).getText().contains("Said after Erin left"));
            assertTrue(erin.findAll(group).isEmpty(), "the group did not come back with the message");
            erin.screenshot("after-leaving");
        }
    }

    @Test
    void aContactAddedOnOneDeviceShowsOnTheOtherWithoutReload() {
        try (var desk = Browser.start("dave-desk"); var laptop = Browser.start("dave-laptop")) {
            desk.signIn("dave");
            laptop.signIn("dave");
            laptop.script("window.__sameDocument = true");
            WebClientBrowserIT.addContact(desk, "bob");
            laptop.waitFor(By.cssSelector("#panel-contacts li.person[data-user='bob']"));
            desk.click(By.cssSelector("#panel-contacts li.person[data-user='bob'] button[aria-label^='Remove']"));
            laptop.waitUntil(d -> d.findElements(By.cssSelector("#panel-contacts li.person[data-user='bob']")).isEmpty());
            WebClientBrowserIT.addContact(laptop, "carol");
            desk.waitFor(By.cssSelector("#panel-contacts li.person[data-user='carol']"));
            assertEquals(Boolean.TRUE, laptop.script("return window.__sameDocument === true"), "no reload");
        }
    }

    static void openChat(Browser browser, String with) {
        browser.click(By.id("tab-chats"));
        if (browser.findAll(By.cssSelector("#conversation-list button.conversation[data-with='" + with + "']")).isEmpty()) {
            browser.script("location.hash = '#chat=' + arguments[0]", with);
        } else {
            browser.click(By.cssSelector("#conversation-list button.conversation[data-with='" + with + "']"));
        }
        browser.waitForText(By.id("chat-title"), "");
        browser.waitFor(By.id("composer"));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
