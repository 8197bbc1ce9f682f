package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.ContactLists.change;
import static org.parley.it.ContactLists.counts;
import static org.parley.it.ContactLists.group;
import static org.parley.it.ContactLists.object;
import static org.parley.it.ContactLists.read;
import static org.parley.it.ContactLists.reset;
import static org.parley.it.ContactLists.send;
import static org.parley.it.Problems.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Contact lists over REST against the real server: storage, presence, privacy, the directory, versions, import. */
class ContactsIT {

    @Test
    void groupsAndContactsShouldBeStoredInOrderAndReadBack() {
        long v = reset("alice");
        v = version(change("alice", "POST", "/groups", v, object(Map.of("name", "Friends"))));
        var created = change("alice", "POST", "/groups", v, object(Map.of("name", "Lunch crowd", "position", 0)));
        var lunchId = group(created, "Lunch crowd").getString("id");
        v = version(created);
        v = version(change("alice", "POST", "/groups/Friends/contacts", v,
                object(Map.of("user", "bob", "nickname", "Bobby", "primary", true))));
        v = version(change("alice", "POST", "/groups/Friends/contacts", v, object(Map.of("user", "carol", "position", 0))));
        v = version(change("alice", "POST", "/groups/" + path("Lunch crowd") + "/contacts", v, object(Map.of("user", "dave"))));
        v = version(change("alice", "POST", "/groups/" + path("Lunch crowd") + "/contacts", v, object(Map.of("user", "carol"))));
        v = version(change("alice", "PATCH", "/groups/Friends/contacts/carol", v, object(Map.of("nickname", "CC", "primary", true))));
        v = version(change("alice", "PATCH", "/groups/" + path("Lunch crowd"), v, object(Map.of("name", "Lunch", "position", 1))));
        var list = change("alice", "PATCH", "/groups/Friends/contacts/bob", v, object(Map.of("group", "Lunch", "position", 0)));

        assertEquals(shape(list), shape(read("alice")));
        assertEquals(lunchId, group(list, "Lunch").getString("id"), "renamed and moved, the same group");
        assertEquals(List.of(
                "Friends private [carol 'CC' primary]",
                "Lunch private [bob 'Bobby' primary, dave '' -, carol '' -]"), shape(list));
        var carol = group(list, "Friends").getJsonArray("contacts").getJsonObject(0);
        assertTrue(carol.containsKey("status") && carol.containsKey("message"), carol.toString());

        list = change("alice", "DELETE", "/groups/Lunch/contacts/bob", version(list), null);
        list = change("alice", "DELETE", "/groups/Friends", version(list), null);
        assertEquals(List.of("Lunch private [dave '' -, carol '' -]"), shape(read("alice")));
    }

    @Test
    void aChangeShouldReachTheOwnersOtherDevicesAndEntriesShouldCarryDirectoryNames() {
        long v = reset("aobrien");
        try (var laptop = Sockets.connect("aobrien"); var phone = Sockets.connect("aobrien")) {
            v = version(change("aobrien", "POST", "/groups", v, object(Map.of("name", "Team"))));
            var list = change("aobrien", "POST", "/groups/Team/contacts", v, object(Map.of("user", "bob")));
            long latest = version(list);
            for (var device : List.of(laptop, phone)) {
                device.next(m -> "contacts".equals(m.getString("type"))
                        && m.getJsonNumber("version").longValue() == latest, "contacts change to version " + latest);
            }
            var bob = group(list, "Team").getJsonArray("contacts").getJsonObject(0);
            assertEquals("bob", bob.getString("user"));
            assertEquals("Bob Baker", bob.getString("name"));
        }
    }

    @Test
    void groupShouldBeAddressableByItsIdWhateverItsName() {
        long v = reset("erin");
        var name = "R&D / Ops #2";
        var list = change("erin", "POST", "/groups", v, object(Map.of("name", name)));
        var id = group(list, name).getString("id");
        list = change("erin", "POST", "/groups/" + id + "/contacts", version(list), object(Map.of("user", "dave")));
        list = change("erin", "PATCH", "/groups/" + id + "/contacts/dave", version(list), object(Map.of("nickname", "D")));
        list = change("erin", "PATCH", "/groups/" + id, version(list), object(Map.of("name", "R&D: 50% Ops")));
        assertEquals(id, group(list, "R&D: 50% Ops").getString("id"), "a group keeps its id when renamed");
        list = change("erin", "PATCH", "/groups/" + path("r&d: 50% ops") + "/contacts/dave", version(list),
                object(Map.of("primary", true)));
        assertEquals(List.of("R&D: 50% Ops private [dave 'D' primary]"), shape(list));
        change("erin", "DELETE", "/groups/" + id, version(list), null);
    }

    @Test
    void openApiShouldDocumentTheContactsEndpointsAndTheVersionHeader() {
        var response = Server.send(Server.MAIN.request("/openapi").header("Accept", "application/json").GET().build());
        assertEquals(200, response.statusCode(), response.body());
        for (var expected : List.of("/api/v1/contacts/groups/{group}/contacts/{user}", "/api/v1/contacts/import", "If-Match")) {
            assertTrue(response.body().contains(expected), expected);
        }
    }

    @Test
    @SuppressWarnings("try") // bob's open WebSocket is what makes him online; the test never sends on it
    void countsShouldShowWhoIsOnlineAsTheViewerMaySeeIt() {
        long carolVersion = reset("carol");
        change("carol", "POST", "/groups", carolVersion, object(Map.of("name", "Team")));
        change("carol", "POST", "/groups/Team/contacts", carolVersion + 1, object(Map.of("user", "bob")));
        long erinVersion = reset("erin");
        change("erin", "POST", "/groups", erinVersion, object(Map.of("name", "Team")));
        change("erin", "POST", "/groups/Team/contacts", erinVersion + 1, object(Map.of("user", "bob")));
        try (var bob = Sockets.connect("bob")) {
            var set = Server.MAIN.putJson("bob", "/api/v1/presence/me", "{\"status\":\"available\",\"message\":\"at my desk\"}");
            assertEquals(200, set.statusCode(), set.body());
            var seen = awaitList("carol", l -> counts(l, "Team").equals("1/1"));
            assertEquals("available", group(seen, "Team").getJsonArray("contacts").getJsonObject(0).getString("status"));

            PrivacyIT.setPrivacy("bob", "except", "\"carol\"");
            var hidden = awaitList("carol", l -> counts(l, "Team").equals("0/1"));
            var entry = group(hidden, "Team").getJsonArray("contacts").getJsonObject(0);
            assertEquals("offline", entry.getString("status"), "hidden people count as offline");
            assertEquals("", entry.getString("message"));
            assertEquals("1/1", counts(read("erin"), "Team"), "others still see bob online");
        } finally {
            PrivacyIT.setPrivacy("bob", "everyone", "");
        }
    }

    @Test
    void publicGroupShouldMirrorTheDirectoryGroup() {
        long v = reset("dave");
        var list = change("dave", "POST", "/public-groups", v, object(Map.of("name", "project-atlas")));
        var atlas = group(list, "project-atlas");
        assertEquals("public", atlas.getString("type"));
        var members = ContactLists.directoryMembers("project-atlas");
        assertEquals(members, ContactLists.users(atlas.getJsonArray("contacts")));
        assertEquals(members.size(), atlas.getInt("total"));

        assertProblem(send("dave", "POST", "/groups/project-atlas/contacts", "\"" + version(list) + "\"", "{\"user\":\"erin\"}"), 400);
        assertProblem(send("dave", "PATCH", "/groups/project-atlas", "\"" + version(list) + "\"", "{\"name\":\"Atlas\"}"), 400);
        assertProblem(send("dave", "POST", "/public-groups", "\"" + version(list) + "\"", "{\"name\":\"no-such-group\"}"), 400);
        assertEquals(List.of("project-atlas"), names(read("dave")));
    }

    @Test
    void staleVersionShouldGet409AndKeepTheOtherChange() {
        long v = reset("erin");
        var phone = change("erin", "POST", "/groups", v, object(Map.of("name", "From the phone")));
        var laptop = send("erin", "POST", "/groups", "\"" + v + "\"", "{\"name\":\"From the laptop\"}");
        var problem = assertProblem(laptop, 409);
        assertTrue(problem.getString("detail").contains("changed meanwhile"), problem.toString());
        var now = read("erin");
        assertEquals(List.of("From the phone"), names(now));
        assertEquals(version(phone), version(now));
    }

    @Test
    void exportThenImportShouldRoundTrip() {
        long v = reset("bob");
        v = version(change("bob", "POST", "/groups", v, object(Map.of("name", "Crew ✈"))));
        v = version(change("bob", "POST", "/groups/" + path("Crew ✈") + "/contacts", v,
                object(Map.of("user", "erin", "nickname", "Erin from Support", "primary", true))));
        v = version(change("bob", "POST", "/groups/" + path("Crew ✈") + "/contacts", v, object(Map.of("user", "dave"))));
        v = version(change("bob", "POST", "/public-groups", v, object(Map.of("name", "project-atlas", "position", 0))));
        var exported = Server.MAIN.get("bob", ContactLists.BASE + "/export");
        assertEquals(200, exported.statusCode(), exported.body());
        var document = Server.json(exported);
        assertEquals("parley-contacts", document.getString("format"));

        v = reset("bob");
        var imported = change("bob", "POST", "/import?mode=replace", v, document);
        assertEquals(document.getJsonArray("groups"), Server.json(Server.MAIN.get("bob", ContactLists.BASE + "/export")).getJsonArray("groups"));
        assertEquals(List.of("project-atlas", "Crew ✈"), names(imported));

        var more = Json.createObjectBuilder().add("format", "parley-contacts").add("groups", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "crew ✈").add("contacts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("user", "carol")).add(Json.createObjectBuilder().add("user", "dave"))))
                .add(Json.createObjectBuilder().add("name", "Managers"))).build();
        var merged = change("bob", "POST", "/import", version(imported), more);
        assertEquals(List.of("project-atlas", "Crew ✈", "Managers"), names(merged));
        assertEquals(List.of("erin", "dave", "carol"), group(merged, "Crew ✈").getJsonArray("contacts")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("user")).toList());
    }

    @Test
    void badImportShouldChangeNothingAndNameTheBadEntries() {
        long v = reset("carol");
        var before = change("carol", "POST", "/groups", v, object(Map.of("name", "Keep me")));
        var bad = "{\"format\":\"parley-contacts\",\"groups\":[{\"name\":\"New\",\"contacts\":[{\"user\":\"bob\"},"
                + "{\"user\":\"no.such.person\"},{\"user\":\"a*b\"}]},{\"type\":\"public\",\"name\":\"no-such-group\"}]}";
        var problem = assertProblem(send("carol", "POST", "/import?mode=replace", "\"" + version(before) + "\"", bad), 400);
        var detail = problem.getString("detail");
        for (var where : List.of("groups[0].contacts[1] 'no.such.person'", "groups[0].contacts[2] 'a*b'", "groups[1] 'no-such-group'")) {
            assertTrue(detail.contains(where), where + " in " + detail);
        }
        assertEquals(shape(before), shape(read("carol")));
        assertEquals(version(before), version(read("carol")));
    }

    @Test
    void badInputShouldGetProblems() {
        long v = reset("alice");
        var list = change("alice", "POST", "/groups", v, object(Map.of("name", "Friends")));
        var at = "\"" + version(list) + "\"";
        assertProblem(send("alice", "POST", "/groups", null, "{\"name\":\"No version\"}"), 400);
        assertProblem(send("alice", "POST", "/groups", "\"seven\"", "{\"name\":\"Bad version\"}"), 400);
        assertProblem(send("alice", "POST", "/groups", at, "{\"name\":\"bell\\u0007\"}"), 400);
        assertProblem(send("alice", "POST", "/groups", at, "{\"name\":\"" + "x".repeat(65) + "\"}"), 400);
        assertProblem(send("alice", "POST", "/groups", at, "{\"name\":\"   \"}"), 400);
        assertProblem(send("alice", "POST", "/groups", at, "{\"name\":\"x\",\"position\":5}"), 400);
        assertProblem(send("alice", "POST", "/groups", at, "{\"name\":"), 400);
        assertProblem(send("alice", "POST", "/groups", at, ""), 400);
        assertProblem(send("alice", "POST", "/groups", at, null), 415);
        assertProblem(send("alice", "POST", "/groups", at, "{\"name\":\"FRIENDS\"}"), 409);
        assertProblem(send("alice", "POST", "/groups/Friends/contacts", at, "{\"user\":\"no.such.person\"}"), 400);
        assertProblem(send("alice", "POST", "/groups/Friends/contacts", at, "{\"user\":\"a*b\"}"), 400);
        assertProblem(send("alice", "POST", "/groups/Friends/contacts", at,
                "{\"user\":\"bob\",\"nickname\":\"" + "n".repeat(65) + "\"}"), 400);
        assertProblem(send("alice", "POST", "/groups/Nowhere/contacts", at, "{\"user\":\"bob\"}"), 404);
        assertProblem(send("alice", "DELETE", "/groups/Friends/contacts/bob", at, null), 404);
        assertProblem(send("alice", "PATCH", "/groups/Friends", at, "{}"), 400);
        assertProblem(send("alice", "POST", "/import?mode=append", at, "{\"format\":\"parley-contacts\",\"groups\":[]}"), 400);
        assertProblem(send("alice", "POST", "/import", at, "{\"format\":\"vcard\",\"groups\":[]}"), 400);
        assertEquals(shape(list), shape(read("alice")), "nothing changed");
        assertEquals(version(list), version(read("alice")));
    }

    @Test
    void limitsShouldGetClearProblems() {
        long v = reset("alice");
        var groups = Json.createArrayBuilder();
        for (int i = 0; i <= 200; i++) {
            groups.add(Json.createObjectBuilder().add("name", "g" + i));
        }
        var tooMany = Json.createObjectBuilder().add("format", "parley-contacts").add("groups", groups).build();
        var problem = assertProblem(send("alice", "POST", "/import", "\"" + v + "\"", tooMany.toString()), 400);
        assertTrue(problem.getString("detail").contains("201 groups"), problem.toString());

        var people = List.copyOf(ContactLists.directoryMembers("dept-engineering"));
        var full = Json.createArrayBuilder();
        int entries = 0;
        for (int g = 0; entries < 2_000; g++) {
            var contacts = Json.createArrayBuilder();
            for (int i = 0; i < people.size() && entries < 2_000; i++, entries++) {
                contacts.add(Json.createObjectBuilder().add("user", people.get(i)).add("nickname", "Colleague number " + entries));
            }
            full.add(Json.createObjectBuilder().add("name", "part " + g).add("contacts", contacts));
        }
        var list = change("alice", "POST", "/import?mode=replace", v,
                Json.createObjectBuilder().add("format", "parley-contacts").add("groups", full).build());
        var oneMore = send("alice", "POST", "/groups/" + path("part 0") + "/contacts", "\"" + version(list) + "\"",
                "{\"user\":\"alice\"}");
        assertTrue(assertProblem(oneMore, 400).getString("detail").contains("2000 entries"), oneMore.body());

        var huge = "{\"format\":\"parley-contacts\",\"groups\":[{\"name\":\"" + "y".repeat(1_100_000) + "\"}]}";
        assertProblem(send("alice", "POST", "/import", "\"" + version(list) + "\"", huge), 413);
        reset("alice");
    }

    private static JsonObject awaitList(String user, Predicate<JsonObject> condition) {
        var deadline = System.nanoTime() + Server.TIMEOUT.toNanos();
        JsonObject list = read(user);
        while (!condition.test(list) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            list = read(user);
        }
        assertTrue(condition.test(list), "not reached within " + Server.TIMEOUT + ": " + list);
        return list;
    }

    /** The stored part of a list answer, one line per group: name, type, people with nickname and primary mark. */
    private static List<String> shape(JsonObject list) {
        return list.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("name") + " " + g.getString("type") + " " + g.getJsonArray("contacts")
                        .getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("user") + " '" + c.getString("nickname") + "' " + (c.getBoolean("primary") ? "primary" : "-"))
                        .toList())
                .toList();
    }

    private static long version(JsonObject list) {
        return list.getJsonNumber("version").longValue();
    }

    private static List<String> names(JsonObject list) {
        return list.getJsonArray("groups").getValuesAs(JsonObject.class).stream().map(g -> g.getString("name")).toList();
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
