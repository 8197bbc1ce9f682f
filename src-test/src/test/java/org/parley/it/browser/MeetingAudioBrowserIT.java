package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.parley.sipagent.SipAgent;

/**
 * The room's audio box with Parley's conference calls (the test server has no dial-in number):
 * it shows the meeting's SIP URI, "Join audio" rings the participant's registered phone into the
 * meeting's conference, and explains a refusal (no phone registered).
 */
class MeetingAudioBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SIP_PORT = Integer.getInteger("parley.it.sipPort", 15060);

    @Test
    void joinAudioShouldRingTheParticipantsPhoneIntoTheMeetingsConference() throws Exception {
        var meeting = MeetingRooms.create("alice", "carol");
        assertEquals(200, rest("carol", "PUT", "/api/v1/sip/credentials", "{\"password\":\"sip-secret-carol\"}").statusCode());
        try (var carol = Browser.start("audio-carol"); var phone = new SipAgent("carol", "sip-secret-carol", SIP_PORT)) {
            assertEquals(200, phone.register(300).getStatusCode());
            MeetingRooms.join(carol, "carol", meeting);
            carol.waitForText(By.id("dial-in"), "sip:conf-m-" + meeting + "@");
            carol.click(By.id("audio"));
            carol.waitForText(By.id("audio-status"), "Your phone will ring: answer it to join the audio.");
            var invite = phone.await(Request.INVITE, 10);
            assertTrue(invite.getHeader("From").toString().contains("sip:conf-m-" + meeting + "@"), invite.toString());
            carol.screenshot("audio-ringing");
            assertEquals(204, rest("alice", "DELETE", "/api/v1/conferences/m-" + meeting, null).statusCode(),
                    "the meeting's owner ends its conference");
            phone.await(Request.BYE, 10);
            phone.register(0);
        }
    }

    @Test
    void joinAudioShouldExplainWhyItCannotRingWithoutAPhone() throws Exception {
        var meeting = MeetingRooms.create("alice", "bob");
        try (var bob = Browser.start("audio-bob")) {
            MeetingRooms.join(bob, "bob", meeting);
            bob.waitForText(By.id("dial-in"), "from your Parley phone: sip:conf-m-" + meeting);
            bob.click(By.id("audio"));
            bob.waitForText(By.id("audio-status"), "You have no phone registered");
            bob.screenshot("audio");
        }
    }

    private static HttpResponse<String> rest(String user, String method, String path, String json) throws Exception {
        var auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Browser.server() + path)).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
