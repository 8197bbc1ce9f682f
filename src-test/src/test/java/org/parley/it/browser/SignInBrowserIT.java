package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in to the web client in a real browser, with a wrong and then the right password. */
class SignInBrowserIT {

    @Test
    void wrongPasswordIsRefusedAndTheRightOneOpensTheLiveClient() {
        try (var browser = Browser.start("erin")) {
            browser.open("/");
            browser.type(By.id("signin-user"), "erin");
            browser.type(By.id("signin-password"), "not-the-password");
            browser.screenshot("signin");
            browser.click(By.id("signin-submit"));
            browser.waitForText(By.id("signin-error"), "Wrong user name or password");
            assertEquals("signed-out", browser.waitForPresent(By.tagName("body")).getAttribute("data-connection"));

            browser.signIn("erin");
            browser.waitForText(By.id("connection"), "Connected");
            browser.waitForText(By.id("panel-contacts"), "Contacts");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/app/"), browser.driver().getCurrentUrl());
            browser.screenshot("contacts-empty");
        }
    }
}
