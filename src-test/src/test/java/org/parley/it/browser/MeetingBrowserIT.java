package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * The meeting room page in real headless Chromium with three participants and a latecomer:
 * joining, slides turning for everyone, whiteboard strokes for everyone, poll results, chat, the
 * latecomer's view of the current state, and a recording played back in the same order.
 */
class MeetingBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void threePeopleShouldMeetAndALatecomerAndThePlaybackShouldSeeWhatHappened() throws Exception {
        var meeting = MeetingRooms.create("alice", "bob", "carol", "dave");
        var slides = Files.createTempFile("slides", ".pdf");
        Files.write(slides, pdf(3));
        try (var alice = Browser.start("meet-alice"); var bob = Browser.start("meet-bob");
             var carol = Browser.start("meet-carol")) {
            var everyone = List.of(alice, bob, carol);
            var names = List.of("alice", "bob", "carol");
            for (int i = 0; i < 3; i++) {
                MeetingRooms.join(everyone.get(i), names.get(i), meeting);
            }
            for (var b : everyone) {
                try {
                    b.waitUntil(d -> b.findAll(By.cssSelector("#people li")).size() == 3);
                } catch (RuntimeException e) {
                    b.screenshot("people");
                    throw new AssertionError("people: " + b.waitForPresent(By.id("people")).getText() + "\nconsole: "
                            + b.consoleLog(), e);
                }
            }

            alice.driver().findElement(By.id("upload")).sendKeys(slides.toString());
            for (var b : everyone) {
                b.waitForText(By.id("page-info"), "is ready");
            }
            alice.click(By.id("next"));
            alice.waitForText(By.id("page-info"), "page 1 of 3");
            alice.click(By.id("next"));
            for (var b : everyone) {
                b.waitForText(By.id("page-info"), "page 2 of 3");
                b.waitUntil(d -> String.valueOf(b.waitForPresent(By.id("slide")).getAttribute("src")).endsWith("/2.png"));
            }

            var board = alice.waitFor(By.id("board"));
            new Actions(alice.driver()).moveToElement(board, -100, -50).clickAndHold().moveByOffset(60, 30)
                    .moveByOffset(60, 40).release().perform();
            for (var b : everyone) {
                b.waitForAttribute(By.id("board"), "data-strokes", "1");
            }

            alice.type(By.id("poll-question"), "Lunch at noon?");
            alice.type(By.id("poll-options"), "yes\nno");
            alice.click(By.cssSelector("#poll-form button[type='submit']"));
            for (var b : List.of(bob, carol)) {
                // The poll list is drawn anew on each room event: click the button that is there now.
                b.waitUntil(d -> {
                    try {
                        d.findElement(By.xpath("//div[@id='polls']//button[text()='yes']")).click();
                        return true;
                    } catch (org.openqa.selenium.StaleElementReferenceException
                             | org.openqa.selenium.NoSuchElementException e) {
                        return false;
                    }
                });
            }
            alice.waitUntil(d -> "2".equals(firstCount(d)));

            carol.type(By.id("chat-text"), "see you all at noon");
            carol.click(By.cssSelector("#chat-form button"));
            for (var b : everyone) {
                b.waitForText(By.id("chat"), "see you all at noon");
            }

            alice.click(By.id("record"));
            for (var b : everyone) {
                b.waitFor(By.id("recording"));
            }
            alice.click(By.id("next"));
            bob.waitForText(By.id("page-info"), "page 3 of 3");
            bob.type(By.id("chat-text"), "recorded remark");
            bob.click(By.cssSelector("#chat-form button"));
            alice.waitForText(By.id("chat"), "recorded remark");

            try (var dave = Browser.start("meet-dave")) {
                MeetingRooms.join(dave, "dave", meeting);
                dave.waitForText(By.id("page-info"), "page 3 of 3");
                dave.waitForAttribute(By.id("board"), "data-strokes", "1");
                dave.waitForText(By.id("chat"), "see you all at noon");
                dave.waitForText(By.id("chat"), "recorded remark");
                dave.waitUntil(d -> "2".equals(firstCount(d)));
                dave.waitFor(By.id("recording"));
                dave.screenshot("latecomer");
            }

            alice.click(By.id("record"));
            alice.waitUntil(d -> alice.waitForPresent(By.id("record")).getText().equals("Start recording"));
            alice.screenshot("room");

            alice.open("/meet/playback.html?m=" + meeting);
            alice.waitFor(By.cssSelector("#recordings button")).click();
            alice.waitFor(By.id("play"));
            alice.waitForText(By.id("page-info"), "page 2 of 3");
            alice.driver().findElement(By.cssSelector("#speed option[value='1000']")).click();
            alice.click(By.id("play"));
            alice.waitForText(By.id("timeline"), "Recording stopped");
            var played = alice.findAll(By.cssSelector("#timeline li")).stream().map(e -> e.getAttribute("data-seq")
                    + ":" + e.getAttribute("data-type")).toList();
            assertEquals(recordedEvents("alice", meeting), played, "the playback shows the recording's sequence");
            var types = played.stream().map(t -> t.substring(t.indexOf(':') + 1)).toList();
            assertEquals(List.of("page", "chat", "joined", "recording"), types.stream()
                    .filter(t -> List.of("page", "chat", "joined", "recording").contains(t)).toList(), played.toString());
            alice.waitForText(By.id("page-info"), "page 3 of 3");
            alice.waitForText(By.id("chat"), "recorded remark");
            alice.screenshot("playback");
            // No script error; failed loads are expected (the first session check answers 401, no favicon).
            assertTrue(alice.consoleLog().lines().noneMatch(l -> l.contains("SEVERE") && !l.contains("Failed to load resource")),
                    alice.consoleLog());
        }
    }

    /** The first poll option's count as shown now (the poll list is drawn anew on each room event). */
    private static String firstCount(org.openqa.selenium.WebDriver d) {
        try {
            return d.findElement(By.cssSelector("#polls .count")).getText().trim();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return null;
        }
    }

    /** The "seq:type" of each event in the meeting's one recording file, as the server serves it. */
    private static List<String> recordedEvents(String user, String meeting) throws IOException, InterruptedException {
        var list = get(user, "/api/v1/meetings/" + meeting + "/recordings").getJsonArray("recordings");
        var file = get(user, "/api/v1/meetings/" + meeting + "/recordings/" + list.getJsonObject(0).getString("id"));
        return file.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("seq").longValue() + ":" + e.getString("type")).toList();
    }

    private static JsonObject get(String user, String path) throws IOException, InterruptedException {
        var auth = "Basic " + Base64.getEncoder().encodeToString((user + ":parley").getBytes(StandardCharsets.UTF_8));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.server() + path)).header("Authorization", auth)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static byte[] pdf(int pages) throws IOException {
        try (var doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
