package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** People search with type-ahead, the business card, and the org chart in the web client. */
class DirectoryBrowserIT {

    @Test
    void searchTheDirectoryOpenACardAndTheOrgChart() {
        try (var bob = Browser.start("bob")) {
            bob.signIn("bob");
            bob.click(By.id("tab-directory"));
            bob.type(By.id("directory-q"), "Carol Ch");
            bob.waitForText(By.cssSelector("#directory-results li[data-user='carol']"), "Carol Chen");
            bob.waitForText(By.cssSelector("#directory-results li[data-user='carol']"), "Software Engineer");
            bob.screenshot("directory");

            bob.click(By.cssSelector("#directory-results li[data-user='carol'] button.name"));
            bob.waitForText(By.id("card-dialog"), "Carol Chen");
            bob.waitForText(By.id("card-dialog"), "carol@parley.example");
            bob.waitForText(By.id("card-dialog"), "Bob Baker"); // her manager
            bob.screenshot("card");
            bob.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            bob.waitUntil(d -> d.findElement(By.id("card-dialog")).getAttribute("open") == null);
            assertEquals("Carol Chen", bob.driver().switchTo().activeElement().getText(), "focus returns to the result");

            bob.click(By.cssSelector("#directory-results li[data-user='carol'] button[aria-label^='Org chart']"));
            bob.waitForText(By.id("org-chart"), "Reports to");
            bob.waitFor(By.cssSelector("#org-chart .chain li[data-user='bob']"));
            bob.waitFor(By.cssSelector("#org-chart .chain li[data-user='alice']"));
            bob.waitForText(By.id("org-chart"), "Same manager");
            bob.screenshot("org-chart");
        }
    }
}
