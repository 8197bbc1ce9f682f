package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * Screen sharing with real media in headless Chromium: the moderator's browser captures a tab
 * through the page's own {@code getDisplayMedia} call (Chromium picks the tab by its title instead
 * of showing its dialog), Parley relays the WebRTC offers, answers and ICE candidates over the
 * room WebSocket, and the viewers' video elements play frames that keep coming. A latecomer gets
 * the picture too; stopping ends it for everyone; an attendee without the share-screen
 * permission has no button, and forcing the button is refused by the server, as the page says.
 */
class ScreenShareBrowserIT {

    private static final String SHARED_TITLE = "Parley shared tab";
    /** The tab the presenter shares: a canvas that changes colour twenty times a second. */
    private static final String SHARED_TAB = "data:text/html,<title>" + SHARED_TITLE.replace(" ", "%20")
            + "</title><canvas id=c width=640 height=360></canvas><script>const g=document.getElementById('c')"
            + ".getContext('2d');let n=0;setInterval(()=>{g.fillStyle='hsl('+(n++*7%25360)+',80%25,50%25)';"
            + "g.fillRect(0,0,640,360);},50);</script>";
    /**
     * Capture a tab without the picker; host ICE candidates as plain addresses (no mDNS names) so
     * that two browsers on this machine reach each other with no STUN server and no network.
     */
    private static final List<String> MEDIA = List.of("--auto-select-tab-capture-source-by-title=" + SHARED_TITLE,
            "--disable-features=WebRtcHideLocalIpsWithMdns", "--autoplay-policy=no-user-gesture-required");

    /** The remote video's playing position, or -1 while it has no picture. */
    private static final String VIDEO_TIME = "const v = document.getElementById('screen-video');"
            + "return v.srcObject && v.videoWidth > 0 && !v.parentElement.hidden ? v.currentTime : -1;";

    @Test
    void aModeratorShouldShareATabWithViewersAndAnAttendeeShouldBeRefused() throws Exception {
        var meeting = MeetingRooms.create("alice", "bob", "carol", "dave");
        try (var alice = Browser.start("share-alice", 1280, 860, MEDIA);
             var bob = Browser.start("share-bob", 1280, 860, MEDIA);
             var carol = Browser.start("share-carol", 1280, 860, MEDIA);
             var dave = Browser.start("share-dave", 1280, 860, MEDIA)) {
            withSharedTab(alice);
            withSharedTab(dave);
            MeetingRooms.join(alice, "alice", meeting);
            MeetingRooms.join(bob, "bob", meeting);
            MeetingRooms.join(dave, "dave", meeting);

            // An attendee has no share-screen permission: no button, and the server refuses a forced one.
            assertFalse(dave.waitForPresent(By.id("share")).isDisplayed(), "an attendee is offered no screen sharing");
            dave.script("document.getElementById('share').hidden = false;");
            dave.click(By.id("share"));
            dave.waitForText(By.id("errors"), "share the screen");
            dave.waitForText(By.id("share"), "Share screen");
            assertEquals("", bob.waitForPresent(By.id("screen-info")).getText(), "nobody shares after a refusal");

            alice.click(By.id("share"));
            alice.waitForText(By.id("share"), "Stop sharing");
            bob.waitForText(By.id("screen-info"), "is sharing the screen");
            assertLive(bob);

            MeetingRooms.join(carol, "carol", meeting);
            carol.waitForText(By.id("screen-info"), "is sharing the screen");
            assertLive(carol);
            carol.screenshot("viewing");

            alice.click(By.id("share"));
            alice.waitForText(By.id("share"), "Share screen");
            for (var viewer : List.of(bob, carol)) {
                viewer.waitUntil(d -> Double.valueOf(-1).equals(number(viewer.script(VIDEO_TIME))));
                viewer.waitUntil(d -> viewer.waitForPresent(By.id("screen-info")).getText().isEmpty());
                assertFalse(viewer.waitForPresent(By.id("screen")).isDisplayed(), "the picture is gone");
            }
            for (var b : List.of(alice, bob, carol)) {
                var log = b.consoleLog();
                assertTrue(log.lines().noneMatch(l -> l.contains("screen sharing:")), log);
            }
        }
    }

    /** Waits for a picture, then for its position to advance: frames keep arriving. */
    private static void assertLive(Browser viewer) {
        double first = viewer.waitUntil(d -> {
            double t = number(viewer.script(VIDEO_TIME));
            return t > 0 ? t : null;
        });
        viewer.waitUntil(d -> number(viewer.script(VIDEO_TIME)) > first + 0.5 ? true : null);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** Opens the tab to be shared next to the room's tab, and comes back to the first tab. */
    private static void withSharedTab(Browser browser) {
        var first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.openUrl(SHARED_TAB);
        browser.waitUntil(d -> SHARED_TITLE.equals(d.getTitle()));
        browser.driver().switchTo().window(first);
    }
}
