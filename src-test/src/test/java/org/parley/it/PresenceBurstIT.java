package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Many people changing their status at once, faster than one transaction each: the presence
 * writer stores them in batches (docs/presence.md). Every change is stored, watchers on both
 * servers end on everybody's last status and are never sent a step back.
 */
class PresenceBurstIT {

    private static final Server SECOND = new Server(Integer.getInteger("parley.it.secondHttpPort", 19280));
    private static final List<String> PEOPLE = List.of("halmeida", "kmurphy", "areddy2", "aobrien", "clopez",
            "apatel", "jzhang", "tpark2", "sdubois", "rwatanabe");
    private static final int CHANGES_EACH = 12;
    // The last status is not "available": an idle connection (4 s in the tests) shows that as away.
    private static final String[] STATUSES = {"dnd", "available", "away", "in-meeting"};

    @Test
    void aBurstOfChangesShouldEndOnEachPersonsLastStatusEverywhereWithoutAStepBack() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var watch = "{\"type\":\"watch\",\"users\":[\"" + String.join("\",\"", PEOPLE) + "\"]}";
        var people = new ArrayList<Sockets>();
        try (var onMain = Sockets.connect(Server.MAIN, "mjensen"); var onSecond = Sockets.connect(SECOND, "dlindqvist")) {
            PEOPLE.forEach(p -> people.add(Sockets.connect(p)));
            for (var watcher : List.of(onMain, onSecond)) {
                watcher.send(watch);
                for (int i = 0; i < PEOPLE.size(); i++) {
                    watcher.next("presence");
                }
            }

            var senders = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < people.size(); i++) {
                var socket = people.get(i);
                senders.add(CompletableFuture.runAsync(() -> {
                    for (int k = 1; k <= CHANGES_EACH; k++) {
                        socket.send("{\"type\":\"status\",\"status\":\"" + STATUSES[k % STATUSES.length]
                                + "\",\"message\":\"" + run + " " + k + "\"}");
                    }
                }));
            }
            CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).join();

            var last = run + " " + CHANGES_EACH;
            var lastStatus = STATUSES[CHANGES_EACH % STATUSES.length];
            for (var watcher : List.of(onMain, onSecond)) {
                var seen = untilEveryoneSaid(watcher, last);
                seen.forEach((user, revisions) -> {
                    for (int i = 1; i < revisions.size(); i++) {
                        assertTrue(revisions.get(i) > revisions.get(i - 1), user + " went back: " + revisions);
                    }
                });
            }
            for (var person : PEOPLE) {
                var stored = Server.json(Server.MAIN.get("mjensen", "/api/v1/presence/" + person));
                assertEquals(last, stored.getString("message"), person);
                assertEquals(lastStatus, stored.getString("status"), person);
            }
        } finally {
            people.forEach(Sockets::close);
        }
    }

    /** Reads presence messages until every person's last one arrived; returns the revisions seen per person, in order. */
    private static Map<String, List<Long>> untilEveryoneSaid(Sockets watcher, String last) {
        var revisions = new HashMap<String, List<Long>>();
        var done = new java.util.HashSet<String>();
        while (done.size() < PEOPLE.size()) {
            JsonObject m = watcher.next(o -> "presence".equals(o.getString("type")) && PEOPLE.contains(o.getString("user")),
                    "presence of the burst's people");
            revisions.computeIfAbsent(m.getString("user"), u -> new ArrayList<>()).add(m.getJsonNumber("revision").longValue());
            if (last.equals(m.getString("message"))) {
                done.add(m.getString("user"));
            }
        }
        return revisions;
    }
}
