package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** The client used by keyboard only, with a visible focus, and on a phone-sized screen. */
class AccessibilityBrowserIT {

    @Test
    void signInAndMoveBetweenSectionsWithTheKeyboardOnly() {
        try (var erin = Browser.start("erin-keyboard")) {
            erin.open("/app/");
            erin.waitFor(By.id("signin-user"));
            assertEquals("signin-user", active(erin.driver()).getAttribute("id"), "the user field has the focus");
            active(erin.driver()).sendKeys("erin" + Keys.TAB);
            active(erin.driver()).sendKeys(Browser.PASSWORD + Keys.ENTER);
            erin.waitForAttribute(By.tagName("body"), "data-connection", "live");

            erin.driver().findElement(By.id("tab-contacts")).sendKeys(Keys.ARROW_RIGHT);
            assertEquals("tab-chats", active(erin.driver()).getAttribute("id"));
            active(erin.driver()).sendKeys(Keys.ARROW_RIGHT);
            assertEquals("tab-directory", active(erin.driver()).getAttribute("id"));
            assertEquals("true", active(erin.driver()).getAttribute("aria-selected"));
            assertTrue(erin.driver().findElement(By.id("panel-directory")).isDisplayed());
            var outline = (String) erin.script("return getComputedStyle(document.activeElement).outlineStyle");
            assertNotEquals("none", outline, "the focused tab shows a focus ring");

            // The status menu opens, is used and closes from the keyboard.
            erin.driver().findElement(By.id("status-button")).sendKeys(Keys.ENTER);
            erin.waitFor(By.id("status-menu"));
            active(erin.driver()).sendKeys(Keys.ESCAPE);
            erin.waitUntil(d -> d.findElement(By.id("status-menu")).getAttribute("hidden") != null);
            assertEquals("status-button", active(erin.driver()).getAttribute("id"));
        }
    }

    @Test
    void onAPhoneTheClientFitsTheScreen() {
        Accounts.reset("erin");
        try (var phone = Browser.start("erin-phone", 390, 844)) {
            phone.signIn("erin");
            WebClientBrowserIT.addContact(phone, "carol");
            phone.screenshot("mobile-contacts");
            phone.click(By.cssSelector("#panel-contacts li.person[data-user='carol'] button[aria-label^='Chat with']"));
            phone.waitFor(By.id("composer"));
            assertTrue(phone.driver().findElement(By.cssSelector(".chat-head .back")).isDisplayed(), "a way back to the list");
            phone.screenshot("mobile-chat");
            assertEquals(390L, ((Number) phone.script("return window.innerWidth")).longValue(), "a phone-sized viewport");
            var overflow = (Boolean) phone.script("return document.documentElement.scrollWidth > window.innerWidth");
            assertEquals(Boolean.FALSE, overflow, "nothing wider than the phone's screen");
            var height = ((Number) phone.script("return document.getElementById('send').getBoundingClientRect().height")).doubleValue();
            assertTrue(height >= 44, "touch-sized send button: " + height);
        }
    }

    private static org.openqa.selenium.WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }
}
