package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;

/** A client of {@code /api/v1/contacts} for the tests, and what the demo directory says about groups. */
final class ContactLists {

    static final String BASE = "/api/v1/contacts";

    private ContactLists() {
    }

    /** Sends a change with the version in If-Match (null: none) and a JSON body (null: none). */
    static HttpResponse<String> send(String user, String method, String path, String ifMatch, String json) {
        var request = Server.MAIN.as(user, BASE + path);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Server.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Sends a change against the version given, and asserts it went through. */
    static JsonObject change(String user, String method, String path, long version, JsonObject body) {
        var response = send(user, method, path, "\"" + version + "\"", body == null ? null : body.toString());
        assertEquals(200, response.statusCode(), response.body());
        var list = Server.json(response);
        assertEquals("\"" + list.getJsonNumber("version").longValue() + "\"",
                response.headers().firstValue("ETag").orElse(""), "the ETag is the new version");
        return list;
    }

    static JsonObject read(String user) {
        var response = Server.MAIN.get(user, BASE);
        assertEquals(200, response.statusCode(), response.body());
        return Server.json(response);
    }

    static long version(String user) {
        return read(user).getJsonNumber("version").longValue();
    }

    /** Empties the user's list (an import that replaces it with nothing) and returns the new version. */
    static long reset(String user) {
        var empty = Json.createObjectBuilder().add("format", "parley-contacts").add("formatVersion", 1)
                .add("groups", Json.createArrayBuilder()).build();
        return change(user, "POST", "/import?mode=replace", version(user), empty).getJsonNumber("version").longValue();
    }

    /** The group of this name in a list answer. */
    static JsonObject group(JsonObject list, String name) {
        return list.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + name + " in " + list));
    }

    /** "online/total" of the group. */
    static String counts(JsonObject list, String name) {
        var g = group(list, name);
        return g.getInt("online") + "/" + g.getInt("total");
    }

    static Set<String> users(JsonArray contacts) {
        var users = new TreeSet<String>();
        contacts.getValuesAs(JsonObject.class).forEach(c -> users.add(c.getString("user")));
        return users;
    }

    static JsonObject object(Map<String, Object> fields) {
        var b = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v instanceof Integer i) {
                b.add(k, i);
            } else if (v instanceof Boolean flag) {
                b.add(k, flag);
            } else {
                b.add(k, String.valueOf(v));
            }
        });
        return b.build();
    }

    /** The user ids of a group's members, read from the demo directory itself. */
    static Set<String> directoryMembers(String group) {
        int port = Integer.getInteger("parley.it.ldapPort", 20389);
        try (var ldap = new LDAPConnection("127.0.0.1", port, "cn=admin,dc=parley,dc=example", "parley-admin")) {
            var entry = ldap.getEntry("cn=" + group + ",ou=groups,dc=parley,dc=example", "member");
            var uids = new TreeSet<String>();
            for (var member : entry.getAttributeValues("member")) {
                uids.add(new DN(member).getRDN().getAttributeValues()[0]);
            }
            return uids;
        } catch (LDAPException e) {
            throw new AssertionError("cannot read group " + group + " from the demo directory", e);
        }
    }
}
