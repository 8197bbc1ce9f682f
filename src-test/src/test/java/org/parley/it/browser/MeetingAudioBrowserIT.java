package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.sip.message.Request;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.parley.sipagent.RtpPhone;
import org.parley.sipagent.SipAgent;

/**
 * The room's audio box with Parley's conference calls (the test server has no dial-in number):
 * it shows the meeting's SIP URI, "Join audio" rings the participant's registered phone into the
 * meeting's conference, and explains a refusal (no phone registered); the participant list shows
 * each one's line (on the call, talking, muted) live, and the moderator's "Mute all" mutes the
 * others' lines in the conference.
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

    @AfterEach
    void noPhonesLeft() {
        Phones.none("alice");
        Phones.none("carol");
    }

    @Test
    void theRoomShouldShowWhoIsOnTheCallTalkingAndMutedAndTheModeratorsMuteAllShouldMuteTheOthers() throws Exception {
        var meeting = MeetingRooms.create("alice", "carol");
        var carolLine = By.cssSelector("#people li[data-participant='carol'] .audio");
        try (var alicePhone = Phones.registered("alice"); var carolPhone = Phones.registered("carol");
                var carolVoice = new RtpPhone(1000);
                var alice = Browser.start("audio-moderator"); var carol = Browser.start("audio-attendee")) {
            carolPhone.withMedia(carolVoice.port());
            MeetingRooms.join(alice, "alice", meeting);
            MeetingRooms.join(carol, "carol", meeting);
            carol.click(By.id("audio"));
            carolVoice.sendTo(SipAgent.body(carolPhone.await(Request.INVITE, 10)));
            alice.waitForText(carolLine, "on the call");
            alice.waitForText(carolLine, "talking");
            alice.click(By.id("audio"));
            alicePhone.await(Request.INVITE, 10);
            carol.waitForText(By.cssSelector("#people li[data-participant='alice'] .audio"), "on the call");
            alice.screenshot("audio-lines");
            assertFalse(carol.driver().findElement(By.id("mute-all")).isDisplayed(), "only moderators see Mute all");

            alice.click(By.id("mute-all"));
            alice.waitForText(carolLine, "on the call, muted");
            alice.waitForAttribute(carolLine, "data-talking", "false");
            carol.waitForText(carolLine, "muted");
            alice.screenshot("audio-muted");
            carol.waitForText(By.id("self-mute"), "Unmute my line");
            carol.waitForAttribute(By.id("self-mute"), "aria-pressed", "true");
            alice.waitForText(By.id("self-mute"), "Mute my line");
            alice.click(By.id("self-mute"));
            alice.waitForText(By.cssSelector("#people li[data-participant='alice'] .audio"), "on the call, muted");
            alice.waitForAttribute(By.id("self-mute"), "aria-pressed", "true");
            var conference = Json.createReader(new StringReader(rest("alice", "GET", "/api/v1/conferences/m-" + meeting, null)
                    .body())).readObject().getJsonArray("participants").getValuesAs(JsonObject.class);
            assertEquals(List.of("alice:true", "carol:true"), conference.stream()
                    .map(p -> p.getString("user") + ":" + p.getBoolean("muted")).sorted().toList(), conference.toString());
            assertEquals(204, rest("alice", "DELETE", "/api/v1/conferences/m-" + meeting, null).statusCode());
            alice.waitForAttribute(carolLine, "data-state", "off");
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
