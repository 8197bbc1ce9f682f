package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** People search, business cards and the org chart over REST, against the bundled directory. */
class PeopleIT {

    static JsonObject getOk(String user, String path) {
        var response = Server.MAIN.get(user, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Server.json(response);
    }

    static List<String> uids(JsonObject page) {
        return page.getJsonArray("people").stream().map(p -> p.asJsonObject().getString("uid")).toList();
    }

    /** Whether the field is null; JSON-B may also leave a null field out. */
    static boolean isNull(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void searchShouldMatchPrefixesOfNameMailPhoneAndDepartment() {
        assertTrue(uids(getOk("bob", "/api/v1/people?q=carol")).contains("carol"));
        assertTrue(uids(getOk("bob", "/api/v1/people?q=" + q("Carol Ch"))).contains("carol"));
        assertEquals(List.of(), uids(getOk("bob", "/api/v1/people?q=" + q("Carol Zz"))));
        assertTrue(uids(getOk("bob", "/api/v1/people?q=carol%40parley")).contains("carol"));
        var card = getOk("bob", "/api/v1/people/carol");
        var phone = card.getString("telephoneNumber");
        assertTrue(uids(getOk("bob", "/api/v1/people?q=" + q(phone) + "&limit=100")).contains("carol"), phone);
        var engineering = getOk("bob", "/api/v1/people?q=engineer&limit=100");
        assertTrue(uids(engineering).contains("carol"));
        var first = engineering.getJsonArray("people").getJsonObject(0);
        assertNotNull(first.getJsonObject("presence").getString("status"));
        assertFalse(first.getString("displayName").isEmpty());
    }

    @Test
    void searchShouldPageInNameOrderWithoutRepeats() {
        var seen = new ArrayList<String>();
        var names = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = getOk("alice", "/api/v1/people?q=a&limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
            page.getJsonArray("people").forEach(p -> {
                seen.add(p.asJsonObject().getString("uid"));
                names.add(p.asJsonObject().getString("displayName").toLowerCase());
            });
            cursor = isNull(page, "next") ? null : page.getString("next");
            assertTrue(page.getJsonArray("people").size() <= 7);
            pages++;
        } while (cursor != null && pages < 100);
        assertTrue(pages > 2, "several pages of people whose something begins with a: " + pages);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no one twice");
        var sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
    }

    @Test
    void badSearchesShouldGet400Problems() {
        assertProblem(Server.MAIN.get("bob", "/api/v1/people"), 400);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people?q=" + "x".repeat(65)), 400);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people?q=a+b+c+d+e+f"), 400);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people?q=a&limit=0"), 400);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people?q=a&limit=101"), 400);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people?q=a&limit=many"), 400);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people?q=a&cursor=not-a-cursor"), 400);
        assertEquals(List.of(), uids(getOk("bob", "/api/v1/people?q=" + q("*)(uid=*"))), "filter syntax is text");
        assertProblem(Server.send(Server.MAIN.request("/api/v1/people?q=carol").GET().build()), 401);
    }

    @Test
    void cardShouldShowTheDirectoryAttributesManagerAndOfficeTime() {
        var card = getOk("dave", "/api/v1/people/carol");
        assertEquals("Carol Chen", card.getString("displayName"));
        assertEquals("Carol", card.getString("givenName"));
        assertEquals("Chen", card.getString("surname"));
        assertEquals("Software Engineer", card.getString("title"));
        assertEquals("Engineering", card.getString("department"));
        assertEquals("carol@parley.example", card.getString("mail"));
        assertTrue(card.getString("mobile").startsWith("+1-555-01"));
        assertEquals("bob", card.getJsonObject("manager").getString("uid"));
        assertEquals("Bob Baker", card.getJsonObject("manager").getString("displayName"));
        assertEquals("carol", card.getJsonObject("presence").getString("user"));
        var office = card.getString("office");
        assertFalse(office.isEmpty());
        var local = card.getJsonObject("localTime");
        assertEquals("office", local.getString("source"));
        assertFalse(local.getString("timeZone").isEmpty());
        assertTrue(local.getString("time").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?([+-]\\d\\d:\\d\\d|Z)"),
                local.toString());
        assertTrue(isNull(getOk("dave", "/api/v1/people/alice"), "manager"), "the top has no manager");
        assertTrue(getOk("dave", "/api/v1/people/bob").getInt("directReports") >= 1);
    }

    @Test
    void unknownOrMalformedPeopleShouldGetProblems() {
        assertProblem(Server.MAIN.get("bob", "/api/v1/people/nobody-at-all"), 404);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people/nobody-at-all/chain"), 404);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people/nobody-at-all/photo"), 404);
        assertProblem(Server.MAIN.get("bob", "/api/v1/people/%2A/reports"), 400);
    }

    @Test
    void photoShouldBeServedWhenTheEntryHasOne() throws Exception {
        var alice = getOk("bob", "/api/v1/people/alice");
        assertTrue(alice.getBoolean("hasPhoto"));
        assertEquals("/api/v1/people/alice/photo", alice.getString("photo"));
        var photo = Server.http().send(Server.MAIN.as("bob", "/api/v1/people/alice/photo").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, java.util.Arrays.copyOf(photo.body(), 2));
        var without = getOk("bob", "/api/v1/people/alice/reports?limit=100").getJsonArray("people").stream()
                .map(p -> p.asJsonObject()).filter(p -> !p.getBoolean("hasPhoto")).findFirst().orElseThrow();
        var uid = without.getString("uid");
        assertTrue(isNull(getOk("bob", "/api/v1/people/" + uid), "photo"));
        assertProblem(Server.MAIN.get("bob", "/api/v1/people/" + uid + "/photo"), 404);
    }

    @Test
    void chainShouldRunFromTheManagerToTheTop() {
        var chain = uids(getOk("erin", "/api/v1/people/carol/chain"));
        assertEquals("bob", chain.get(0));
        assertEquals("alice", chain.get(chain.size() - 1));
        assertEquals(chain.size(), new HashSet<>(chain).size());
        for (int i = 0; i + 1 < chain.size(); i++) {
            assertEquals(chain.get(i + 1),
                    getOk("erin", "/api/v1/people/" + chain.get(i)).getJsonObject("manager").getString("uid"));
        }
        assertEquals(List.of(), uids(getOk("erin", "/api/v1/people/alice/chain")));
    }

    @Test
    void reportsAndPeersShouldFollowTheManagerAttribute() {
        var reports = uids(getOk("erin", "/api/v1/people/bob/reports?limit=100"));
        assertTrue(reports.contains("carol"));
        assertEquals(reports.size(), getOk("erin", "/api/v1/people/bob").getInt("directReports"));
        for (var uid : reports) {
            assertEquals("bob", getOk("erin", "/api/v1/people/" + uid).getJsonObject("manager").getString("uid"));
        }
        var peers = uids(getOk("erin", "/api/v1/people/carol/peers?limit=100"));
        assertFalse(peers.contains("carol"));
        assertEquals(reports.size() - 1, peers.size());
        assertTrue(reports.containsAll(peers));
        assertEquals(List.of(), uids(getOk("erin", "/api/v1/people/alice/peers")));
        var firstTwo = getOk("erin", "/api/v1/people/bob/reports?limit=2");
        assertEquals(reports.subList(0, 2), uids(firstTwo));
        assertEquals(reports.get(2),
                uids(getOk("erin", "/api/v1/people/bob/reports?limit=2&cursor=" + firstTwo.getString("next"))).get(0));
    }

    @Test
    void groupsShouldBeBrowsableAndNestedGroupsExpanded() {
        var projects = getOk("bob", "/api/v1/groups?q=project&limit=100").getJsonArray("groups");
        assertEquals(6, projects.size());
        var union = new HashSet<String>();
        for (var g : projects) {
            var name = g.asJsonObject().getString("name");
            var members = memberUids(name);
            assertEquals(g.asJsonObject().getInt("members"), members.size(), name);
            union.addAll(members);
        }
        assertTrue(memberUids("project-atlas").containsAll(List.of("bob", "carol")));
        var all = getOk("bob", "/api/v1/groups/all-projects");
        assertEquals(6, all.getJsonArray("groups").size());
        assertEquals(union.size(), all.getInt("members"));
        assertEquals(union, new HashSet<>(memberUids("all-projects")));
        var everything = getOk("bob", "/api/v1/groups?limit=100").getJsonArray("groups").stream()
                .map(g -> g.asJsonObject().getString("name")).toList();
        assertTrue(everything.containsAll(List.of("admins", "all-projects", "dept-engineering")), everything.toString());
        assertProblem(Server.MAIN.get("bob", "/api/v1/groups/no-such-group"), 404);
        assertProblem(Server.MAIN.get("bob", "/api/v1/groups/no-such-group/members"), 404);
    }

    private static List<String> memberUids(String group) {
        var all = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = getOk("bob", "/api/v1/groups/" + group + "/members?limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
            all.addAll(uids(page));
            cursor = isNull(page, "next") ? null : page.getString("next");
        } while (cursor != null && ++pages < 100);
        return all;
    }

    @Test
    void presenceInResultsAndCardsShouldFollowThePrivacyList() {
        PrivacyIT.setPrivacy("zkhan", "only", "\"zivanov\"");
        try (var online = Sockets.connect("zkhan")) {
            var set = Server.MAIN.putJson("zkhan", "/api/v1/presence/me",
                    "{\"status\":\"away\",\"message\":\"at the dentist\",\"timeZone\":\"Europe/Paris\"}");
            assertEquals(200, set.statusCode(), set.body());

            var allowed = getOk("zivanov", "/api/v1/people?q=zkhan").getJsonArray("people").getJsonObject(0);
            assertEquals("away", allowed.getJsonObject("presence").getString("status"));
            var allowedCard = getOk("zivanov", "/api/v1/people/zkhan");
            assertEquals("at the dentist", allowedCard.getJsonObject("presence").getString("message"));
            assertEquals("presence", allowedCard.getJsonObject("localTime").getString("source"));
            assertEquals("Europe/Paris", allowedCard.getJsonObject("localTime").getString("timeZone"));

            var hidden = getOk("ziyer", "/api/v1/people?q=zkhan").getJsonArray("people").getJsonObject(0);
            assertEquals("offline", hidden.getJsonObject("presence").getString("status"));
            assertEquals("", hidden.getJsonObject("presence").getString("message"));
            var hiddenCard = getOk("ziyer", "/api/v1/people/zkhan");
            assertEquals("offline", hiddenCard.getJsonObject("presence").getString("status"));
            assertEquals("office", hiddenCard.getJsonObject("localTime").getString("source"));
            var members = getOk("ziyer", "/api/v1/people/zkhan/peers?limit=100");
            members.getJsonArray("people").forEach(p -> assertFalse("zkhan".equals(p.asJsonObject().getString("uid"))));
        } finally {
            PrivacyIT.setPrivacy("zkhan", "everyone", "");
        }
    }

    @Test
    void openApiShouldDescribeThePeopleEndpoints() {
        var doc = Server.send(Server.MAIN.request("/openapi").GET().build()).body();
        for (var path : List.of("/api/v1/people", "/api/v1/people/{uid}", "/api/v1/people/{uid}/photo",
                "/api/v1/people/{uid}/chain", "/api/v1/people/{uid}/reports", "/api/v1/people/{uid}/peers",
                "/api/v1/groups", "/api/v1/groups/{name}", "/api/v1/groups/{name}/members")) {
            assertTrue(doc.contains(path + ":"), path);
        }
    }
}
