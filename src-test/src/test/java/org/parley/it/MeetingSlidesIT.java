package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Bad slide uploads (not a PDF, huge, corrupt, hostile) are refused with a clear problem and
 * leave the meeting as it was; a good one after them still works.
 */
class MeetingSlidesIT {

    private static final int MAX_BYTES = Integer.getInteger("parley.it.slidesMaxBytes", 1_048_576);

    @Test
    void badUploadsShouldBeRefusedWithAClearErrorAndNoEffectOnTheMeeting() {
        var meeting = Meetings.instant("alice", "bob").getString("id");
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting);
             var bob = Meetings.join(Server.MAIN, "bob", meeting)) {
            refused(Meetings.upload("alice", meeting, "notes.txt", "just some text, not a PDF".getBytes()), 415,
                    "unsupported-media-type");
            refused(Meetings.upload("alice", meeting, "disguised.pdf", "<html><script>x</script></html>".getBytes()),
                    415, "unsupported-media-type");
            var huge = new byte[MAX_BYTES + 1];
            System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
            refused(Meetings.upload("alice", meeting, "huge.pdf", huge), 413, "payload-too-large");
            var good = Meetings.pdf(2);
            refused(Meetings.upload("alice", meeting, "cut.pdf", Arrays.copyOf(good, good.length / 3)), 400, "invalid");
            refused(Meetings.upload("alice", meeting, "garbage.pdf", ("%PDF-1.4\n" + "\u0000garbage".repeat(500)).getBytes()),
                    400, "invalid");
            refused(Meetings.upload("alice", meeting, "locked.pdf", Meetings.encryptedPdf()), 400, "invalid");
            refused(Meetings.upload("alice", meeting, "long.pdf", Meetings.pdf(201)), 400, "invalid");
            refused(Meetings.upload("alice", meeting, "empty.pdf", new byte[0]), 400, "invalid");
            var pngHeaderOnly = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
            refused(Meetings.upload("alice", meeting, "broken.png", pngHeaderOnly), 400, "invalid");

            try (var carolLate = Meetings.join(Server.MAIN, "carol", meeting)) {
                assertEquals(0, carolLate.joined().getJsonArray("decks").size(), "no refused upload became a deck");
            }
            assertTrue(bob.socket().quietFor(m -> "deck".equals(m.getString("type")), 1), "no deck was announced");

            var upload = Meetings.upload("alice", meeting, "fine.pdf", good);
            assertEquals(201, upload.statusCode(), upload.body());
            assertEquals("fine.pdf", bob.next("deck").getString("name"));
        }
    }

    @Test
    void anImageShouldBecomeAOnePageDeck() throws Exception {
        var meeting = Meetings.instant("alice").getString("id");
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting)) {
            var image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpeg", out);
            var upload = Meetings.upload("alice", meeting, "photo.jpg", out.toByteArray());
            assertEquals(201, upload.statusCode(), upload.body());
            assertEquals(1, Server.json(upload).getInt("pages"));
            var deck = alice.next("deck").getString("deck");
            assertEquals(200, Meetings.bytes("/meetings-media/" + deck + "/1.png").statusCode());
            assertEquals(404, Meetings.bytes("/meetings-media/" + deck + "/2.png").statusCode());
        }
    }

    @Test
    void uploadingShouldNeedToBeInTheRoomWithThePresentPermission() {
        var meeting = Meetings.instant("alice", "bob").getString("id");
        refused(Meetings.upload("alice", meeting, "early.pdf", Meetings.pdf(1)), 403, "forbidden");
        refused(Meetings.upload("alice", "nosuchmeeting", "x.pdf", Meetings.pdf(1)), 404, "not-found");
    }

    private static void refused(java.net.http.HttpResponse<String> response, int status, String kind) {
        var problem = Problems.assertProblem(response, status);
        assertEquals("https://parley.example/problems/" + kind, problem.getString("type"), response.body());
        assertTrue(problem.getString("detail").length() > 10, "a clear detail: " + problem);
    }
}
