package org.parley.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Group chat with "invite others", a presence alert and an administrator's announcement, each
 * seen live in another person's browser.
 */
class GroupChatBrowserIT {

    @Test
    void aGroupChatGrowsByInvitationAndEveryMemberReadsIt() {
        Accounts.reset("erin");
        try (var carol = Browser.start("carol"); var erin = Browser.start("erin")) {
            carol.signIn("carol");
            erin.signIn("erin");
            var title = WebClientBrowserIT.newGroupChat(carol, "Release planning", "bob");
            WebClientBrowserIT.send(carol, "Welcome to release planning");

            carol.click(By.cssSelector(".invite summary"));
            carol.type(By.id("invite-users"), "erin");
            carol.click(By.cssSelector(".invite button[type='submit']"));
            carol.waitUntil(d -> d.findElement(By.cssSelector(".members")).getText().toLowerCase(java.util.Locale.ROOT).contains("erin"));

            erin.waitForText(By.id("toasts"), title);
            erin.click(By.id("tab-chats"));
            erin.click(By.xpath("//ul[@id='conversation-list']//button[contains(., '" + title + "')]"));
            erin.waitForText(By.id("messages"), "Welcome to release planning");
            WebClientBrowserIT.send(erin, "Glad to join");
            carol.waitForText(By.id("messages"), "Glad to join");
            carol.screenshot("group-chat");
        }
    }

    @Test
    void anAlertFiresWhenThePersonComesOnlineAndAnAnnouncementArrivesLive() {
        Accounts.reset("dave");
        try (var alice = Browser.start("alice"); var erin = Browser.start("erin")) {
            erin.signIn("erin");
            erin.click(By.id("tab-alerts"));
            erin.type(By.id("alert-user"), "dave");
            erin.click(By.cssSelector("#panel-alerts button[type='submit']"));
            erin.waitForText(By.id("alert-list"), "becomes available");
            try (var dave = Browser.start("dave")) {
                dave.signIn("dave");
                erin.waitForText(By.id("toasts"), "is now Available");
            }
            erin.screenshot("alerts");

            alice.signIn("alice");
            alice.click(By.id("tab-settings"));
            alice.type(By.id("announce-text"), "The office is closed on Friday");
            alice.click(By.cssSelector("form[aria-label='Send an announcement'] button[type='submit']"));
            alice.waitForText(By.cssSelector("form[aria-label='Send an announcement']"), "Announcement sent");
            erin.waitForText(By.id("announcements"), "The office is closed on Friday");
            erin.screenshot("announcement");
        }
    }
}
