package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two people, each in their own browser, use the web client: they add each other, see each
 * other's status change live, chat both ways (Do Not Disturb with an exception, typing, read
 * receipts, files), and survive a network drop; hostile text shows as text.
 */
class WebClientBrowserIT {

    /** A 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

    @BeforeEach
    void knownState() {
        Accounts.reset("dave");
        Accounts.reset("bob");
    }

    @Test
    void twoPeopleAddEachOtherSeeStatusLiveAndChatBothWaysWithFiles() throws IOException {
        try (var dave = Browser.start("dave"); var bob = Browser.start("bob")) {
            dave.signIn("dave");
            bob.signIn("bob");

            addContact(dave, "bob");
            addContact(bob, "dave");
            var bobInDaves = By.cssSelector("#panel-contacts li.person[data-user='bob']");
            dave.waitUntil(d -> !"offline".equals(d.findElement(bobInDaves).getAttribute("data-status")));
            dave.waitForText(By.cssSelector("#panel-contacts .count"), "(1/1)");

            // Bob goes on Do Not Disturb with a message through his status menu; Dave sees it live.
            setStatus(bob, "dnd", "In a design review");
            dave.waitForAttribute(bobInDaves, "data-status", "dnd");
            dave.waitForText(bobInDaves, "In a design review");
            dave.screenshot("contacts");

            // Dave's message is held back by Do Not Disturb, until Bob lets him through.
            dave.click(By.cssSelector("#panel-contacts li.person[data-user='bob'] button[aria-label^='Chat with']"));
            dave.waitFor(By.id("composer"));
            send(dave, "Hello Bob, the plan is ready");
            dave.waitForText(By.id("chat-error"), "Do Not Disturb");
            bob.click(By.id("tab-settings"));
            bob.type(By.id("dnd-exceptions"), "dave");
            bob.click(By.id("privacy-save"));
            bob.waitForText(By.id("privacy-status"), "Saved");
            bob.screenshot("settings");
            send(dave, "Hello Bob, the plan is ready");

            // Bob sees it arrive, opens it: Dave sees it read; Bob types and answers.
            bob.waitFor(By.id("unread"));
            bob.click(By.id("tab-chats"));
            bob.click(By.cssSelector("#conversation-list button.conversation[data-with='dave']"));
            bob.waitForText(By.id("messages"), "Hello Bob, the plan is ready");
            dave.waitForText(By.cssSelector("#messages .receipt"), "Read");
            bob.driver().findElement(By.id("composer")).sendKeys("Thanks");
            dave.waitForText(By.id("typing"), "is typing");
            bob.driver().findElement(By.id("composer")).sendKeys(", I'll read it now" + Keys.ENTER);
            dave.waitForText(By.id("messages"), "Thanks, I'll read it now");
            dave.waitUntil(d -> d.findElement(By.id("typing")).getText().isEmpty());

            // Files both ways: an image from Dave (shown inline), a text file from Bob.
            var png = Files.write(Files.createTempFile("plan-", ".png"), PNG);
            dave.driver().findElement(By.id("file-input")).sendKeys(png.toString());
            bob.waitForText(By.id("messages"), png.getFileName().toString());
            bob.waitFor(By.cssSelector("#messages .file-image img"));
            var notes = Files.writeString(Files.createTempFile("notes-", ".txt"), "Looks good to me.\n");
            bob.driver().findElement(By.id("file-input")).sendKeys(notes.toString());
            dave.waitForText(By.id("messages"), notes.getFileName().toString());
            var links = dave.findAll(By.xpath("//ol[@id='messages']//a[contains(@class, 'file') and contains(., '"
                    + notes.getFileName() + "')]"));
            var href = links.get(links.size() - 1).getAttribute("href");
            var text = ((ChromeDriver) dave.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
            assertEquals("Looks good to me.\n", text);
            dave.screenshot("chat");
            bob.screenshot("chat");

            // A network drop: Dave's client reconnects by itself and catches up what Bob said meanwhile.
            network(dave, false);
            dave.script("document.dispatchEvent(new Event('parley:drop'))");
            dave.waitForAttribute(By.tagName("body"), "data-connection", "reconnecting");
            send(bob, "Said while you were away");
            network(dave, true);
            dave.waitForAttribute(By.tagName("body"), "data-connection", "live");
            dave.waitForText(By.id("messages"), "Said while you were away");

            // Hostile text in a status message and in a chat message shows as text and runs nothing.
            setStatus(bob, "available", HOSTILE);
            dave.click(By.id("tab-contacts"));
            dave.waitForText(bobInDaves, HOSTILE);
            send(bob, HOSTILE);
            dave.click(By.id("tab-chats"));
            dave.waitForText(By.id("messages"), "window.__pwned=2");
            assertEquals(0L, dave.script("return document.querySelectorAll('#messages script, #messages img:not(.file-image img), #panel-contacts img').length"));
            assertNull(dave.script("return window.__pwned === undefined ? null : window.__pwned"));
            assertTrue(dave.consoleLog().lines().noneMatch(l -> l.contains("Refused to execute inline")),
                    "nothing even tried to run");
        }
    }

    static void addContact(Browser browser, String user) {
        browser.type(By.id("add-contact-user"), user);
        browser.click(By.id("add-contact-submit"));
        browser.waitFor(By.cssSelector("#panel-contacts li.person[data-user='" + user + "']"));
    }

    static void setStatus(Browser browser, String status, String message) {
        browser.click(By.id("status-button"));
        browser.click(By.cssSelector("label.choice input[value='" + status + "']"));
        browser.type(By.id("status-message"), message);
        browser.click(By.id("status-save"));
        browser.waitUntil(d -> d.findElement(By.id("status-menu")).getAttribute("hidden") != null);
    }

    /**
     * Starts a group chat through the Chats tab's form, with a unique title beginning with
     * {@code title}, and returns that title once the chat is open.
     */
    static String newGroupChat(Browser browser, String title, String members) {
        browser.click(By.id("tab-chats"));
        browser.click(By.cssSelector(".new-group summary"));
        var unique = title + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("group-title"), unique);
        browser.type(By.id("group-members"), members);
        browser.click(By.cssSelector(".new-group button[type='submit']"));
        browser.waitForText(By.id("chat-title"), unique);
        return unique;
    }

    static void send(Browser browser, String text) {
        var composer = browser.waitFor(By.id("composer"));
        composer.sendKeys(text);
        composer.sendKeys(Keys.ENTER);
    }

    /** Takes the browser off the network (or back on) as a dropped Wi-Fi would. */
    static void network(Browser browser, boolean online) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.enable", Map.of());
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
