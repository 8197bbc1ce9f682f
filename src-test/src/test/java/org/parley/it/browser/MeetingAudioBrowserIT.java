package org.parley.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The room's audio box where no conference bridge exists (the test server has no dial-in number
 * and no telephony conferencing): it says so, and "Join audio" explains why it cannot ring.
 */
class MeetingAudioBrowserIT {

    @Test
    void joinAudioShouldExplainThatNoConferenceBridgeExists() throws Exception {
        var meeting = MeetingRooms.create("alice", "bob");
        try (var bob = Browser.start("audio-bob")) {
            MeetingRooms.join(bob, "bob", meeting);
            bob.waitForText(By.id("dial-in"), "No dial-in number is set up on this server.");
            bob.click(By.id("audio"));
            bob.waitForText(By.id("audio-status"), "Parley cannot ring your phone: this server has no conference bridge yet.");
            bob.waitForText(By.id("audio-status"), "telephony conferencing");
            bob.screenshot("audio");
        }
    }
}
