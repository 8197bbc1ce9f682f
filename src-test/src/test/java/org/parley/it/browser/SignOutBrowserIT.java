package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing out and in as someone else in the same page, without a reload, leaves nothing of the
 * first person: not their contacts, chats, settings, name or live connection.
 */
class SignOutBrowserIT {

    @Test
    void theNextPersonInTheSamePageSeesNothingOfThePreviousOne() {
        Accounts.reset("dave");
        Accounts.reset("erin");
        try (var shared = Browser.start("shared-page")) {
            shared.signIn("dave");
            WebClientBrowserIT.addContact(shared, "bob");
            ChatDetailsBrowserIT.openChat(shared, "bob");
            WebClientBrowserIT.send(shared, "Dave's private note to Bob");
            shared.waitFor(By.xpath("//ol[@id='messages']//li[contains(@class,'mine') and not(contains(@class,'pending'))]"));
            shared.click(By.id("tab-settings"));
            shared.type(By.id("dnd-exceptions"), "bob");
            shared.click(By.id("privacy-save"));
            shared.waitForText(By.id("privacy-status"), "Saved");
            shared.click(By.id("notify-toggle"));
            shared.script("window.__samePage = true");

            shared.click(By.id("signout"));
            shared.waitFor(By.id("signin-user"));
            shared.waitForAttribute(By.tagName("body"), "data-connection", "signed-out");
            assertEquals("", shared.driver().findElement(By.id("signin-user")).getAttribute("value"));
            shared.waitUntil(d -> "offline".equals(
                    Accounts.call("erin", "GET", "/api/v1/presence/dave", null, null).getString("status")) ? true : null);

            // Erin signs in through the same page's form.
            shared.type(By.id("signin-user"), "erin");
            shared.type(By.id("signin-password"), Browser.PASSWORD);
            shared.click(By.id("signin-submit"));
            shared.waitForAttribute(By.tagName("body"), "data-connection", "live");
            assertEquals(Boolean.TRUE, shared.script("return window.__samePage === true"), "no reload happened");
            shared.waitForText(By.id("my-name"), "Erin");
            assertEquals("true", shared.driver().findElement(By.id("tab-contacts")).getAttribute("aria-selected"),
                    "Erin starts on her contacts, not on Dave's last tab");
            shared.waitForText(By.id("panel-contacts"), "Your list is empty");
            assertTrue(shared.findAll(By.cssSelector("#panel-contacts li.person[data-user='bob']")).isEmpty(), "none of Dave's contacts");

            shared.click(By.id("tab-chats"));
            shared.waitFor(By.id("conversation-list"));
            assertTrue(shared.findAll(By.cssSelector("#conversation-list button.conversation[data-with='bob']")).isEmpty(), "none of Dave's chats");
            assertFalse(shared.driver().findElement(By.tagName("body")).getText().contains("Dave's private note"));

            shared.click(By.id("tab-settings"));
            shared.waitFor(By.id("privacy-save"));
            assertEquals("", shared.driver().findElement(By.id("dnd-exceptions")).getAttribute("value"), "Erin's settings, not Dave's");
            assertFalse(shared.driver().findElement(By.id("notify-toggle")).isSelected(), "Dave's notification choice is his");

            // Erin's client works, once: adding a contact shows one entry and one live status.
            shared.click(By.id("tab-contacts"));
            WebClientBrowserIT.addContact(shared, "carol");
            assertEquals(1, shared.findAll(By.cssSelector("#panel-contacts li.person[data-user='carol']")).size());
            shared.click(By.id("status-button"));
            shared.waitFor(By.id("status-menu"));
            assertEquals("false", shared.driver().findElement(By.id("status-menu")).getAttribute("hidden") == null ? "false" : "true",
                    "one click opens the menu (no listener of Dave's toggles it shut again)");
            shared.click(By.id("status-cancel"));
            shared.screenshot("second-person");
        }
    }
}
