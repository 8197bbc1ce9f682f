package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.sip.message.Request;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.parley.sipagent.RtpPhone;
import org.parley.sipagent.SipAgent;

/**
 * A conference call of a group chat from the web client, with three JAIN-SIP phones that answer
 * and send audio (a tone each): without a phone the server's refusal shows in words; "Conference
 * call" rings every member, the panel follows them to Connected and shows who talks; the
 * controller mutes one, a participant in another browser sees only their own controls and mutes
 * themselves, the controller hangs up one and ends the call. Every change is checked in the page
 * and in the REST state.
 */
class ConferenceBrowserIT {

    private static final List<String> USERS = List.of("aschmidt", "cmurphy", "tgupta");
    private static final By PANEL = By.cssSelector("#calls section.conference");

    /** A registered phone that answers Parley's INVITE and sends its tone to the focus. */
    private record Phone(SipAgent sip, RtpPhone rtp) implements AutoCloseable {

        static Phone of(String user, double tone) throws Exception {
            var rtp = new RtpPhone(tone);
            return new Phone(Phones.registered(user).withMedia(rtp.port()), rtp);
        }

        void answer() throws Exception {
            rtp.sendTo(SipAgent.body(sip.await(Request.INVITE, 10)));
        }

        @Override
        public void close() throws Exception {
            sip.register(0);
            sip.close();
            rtp.close();
        }
    }

    @BeforeEach
    void knownState() {
        USERS.forEach(Accounts::reset);
    }

    @AfterEach
    void noPhonesLeft() {
        USERS.forEach(Phones::none);
    }

    @Test
    void theControllerRunsTheConferenceAndAParticipantOnlyControlsThemselves() throws Exception {
        Phones.none("aschmidt");
        try (var ayesha = Browser.start("aschmidt-conference"); var tariq = Browser.start("tgupta-conference")) {
            ayesha.signIn("aschmidt");
            tariq.signIn("tgupta");
            var title = WebClientBrowserIT.newGroupChat(ayesha, "Budget review", "cmurphy, tgupta");

            // No phone registered: not started, and the server's reason shows.
            ayesha.click(By.cssSelector("#chat-view .chat-head button.conference-start"));
            ayesha.waitForText(By.id("chat-error"), "Conference call not started. You have no phone registered; register one first");
            assertTrue(ayesha.findAll(PANEL).isEmpty(), "no conference was started");

            try (var a = Phone.of("aschmidt", 440); var c = Phone.of("cmurphy", 1000); var t = Phone.of("tgupta", 1700)) {
                ayesha.click(By.cssSelector("#chat-view .chat-head button.conference-start"));
                for (var phone : List.of(a, c, t)) {
                    phone.answer();
                }
                ayesha.waitForText(PANEL, "Conference call: " + title);
                for (var user : USERS) {
                    ayesha.waitFor(person(user, "[data-state='connected']"));
                    tariq.waitFor(person(user, "[data-state='connected']"));
                }
                var id = ayesha.waitFor(PANEL).getAttribute("data-conference");
                ayesha.waitFor(person("cmurphy", "[data-talking='true']"));
                assertTrue(USERS.stream().allMatch(u -> "connected".equals(participant(id, u).getString("state"))));
                Axe.assertNone(Axe.serious(ayesha, "conference-controller"));
                ayesha.screenshot("conference");

                // The controller mutes Camila: the page and the server say muted, and she stops talking.
                assertEquals(List.of("mute:cmurphy", "hang-up:cmurphy", "mute:tgupta", "hang-up:tgupta",
                        "mute:aschmidt", "hang-up:aschmidt", "mute-all", "end").stream().sorted().toList(),
                        actions(ayesha), "the controller may do everything");
                ayesha.click(By.cssSelector("#calls button[data-action='mute:cmurphy']"));
                ayesha.waitFor(person("cmurphy", "[data-muted='true'][data-talking='false']"));
                ayesha.waitForText(By.cssSelector("#calls .conference-news"), "Camila Murphy is muted.");
                assertTrue(participant(id, "cmurphy").getBoolean("muted"));
                tariq.waitFor(person("cmurphy", "[data-muted='true']"));

                // Tariq controls only himself, and mutes himself.
                assertEquals(List.of("hang-up:tgupta", "mute:tgupta"), actions(tariq), "a participant only controls themselves");
                tariq.waitForText(PANEL, "Ayesha Schmidt controls it.");
                Axe.assertNone(Axe.serious(tariq, "conference-participant"));
                tariq.click(By.cssSelector("#calls button[data-action='mute:tgupta']"));
                tariq.waitFor(person("tgupta", "[data-muted='true']"));
                tariq.waitForText(By.cssSelector("#calls button[data-action='mute:tgupta']"), "Unmute me");
                ayesha.waitFor(person("tgupta", "[data-muted='true']"));
                assertTrue(participant(id, "tgupta").getBoolean("muted"));
                tariq.screenshot("conference-participant");

                // The controller hangs up Camila (her phone gets a BYE), then ends the call.
                ayesha.click(By.cssSelector("#calls button[data-action='hang-up:cmurphy']"));
                c.sip().await(Request.BYE, 10);
                ayesha.waitFor(person("cmurphy", "[data-state='left']"));
                tariq.waitFor(person("cmurphy", "[data-state='left']"));
                assertEquals("left", participant(id, "cmurphy").getString("state"));
                assertTrue(ayesha.findAll(By.cssSelector("#calls button[data-action$=':cmurphy']")).isEmpty(),
                        "nothing more to do with someone who left");

                ayesha.click(By.cssSelector("#calls button[data-action='end']"));
                a.sip().await(Request.BYE, 10);
                t.sip().await(Request.BYE, 10);
                for (var browser : List.of(ayesha, tariq)) {
                    browser.waitFor(By.cssSelector("#calls section.conference[data-state='ended']"));
                    browser.waitForText(PANEL, "This conference call has ended.");
                    assertTrue(browser.findAll(By.cssSelector("#calls button[data-action]")).isEmpty(), "no control is left");
                }
                assertEquals(404, Accounts.send("aschmidt", "GET", "/api/v1/conferences/" + id, null, null).statusCode(),
                        "the conference is over");
                tariq.screenshot("conference-ended");
                tariq.click(By.cssSelector("#calls section.conference button"));
                tariq.waitUntil(d -> d.findElements(PANEL).isEmpty());
            }
        }
    }

    private static By person(String user, String condition) {
        return By.cssSelector("#calls .conference-person[data-user='" + user + "']" + condition);
    }

    /** The actions the page offers now, sorted. */
    private static List<String> actions(Browser browser) {
        return browser.findAll(By.cssSelector("#calls button[data-action]")).stream()
                .map(b -> b.getAttribute("data-action")).sorted().toList();
    }

    private static JsonObject participant(String id, String user) {
        var answer = Accounts.send("aschmidt", "GET", "/api/v1/conferences/" + id, null, null);
        assertEquals(200, answer.statusCode(), answer.body());
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                    .filter(p -> user.equals(p.getString("user"))).findFirst().orElseThrow();
        }
    }
}
