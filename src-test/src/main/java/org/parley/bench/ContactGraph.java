package org.parley.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who watches whom: each person's contacts are mostly their own team (blocks of consecutive
 * directory entries, as departments are) and a few people from anywhere, so lists overlap the
 * way real contact lists do.
 */
final class ContactGraph {

    /** The share of a list drawn from the person's own team. */
    private static final double TEAM_SHARE = 0.8;

    private final Map<String, List<String>> contacts = new HashMap<>();
    private final Map<String, Integer> watchers = new HashMap<>();

    ContactGraph(List<String> users, int perUser, long seed) {
        var random = new Random(seed);
        int team = Math.max(perUser + 1, 60);
        for (int i = 0; i < users.size(); i++) {
            var list = new LinkedHashSet<String>();
            int teamStart = (i / team) * team;
            int teamSize = Math.min(team, users.size() - teamStart);
            int fromTeam = (int) Math.round(perUser * TEAM_SHARE);
            for (int guard = 0; list.size() < Math.min(fromTeam, teamSize - 1) && guard < perUser * 20; guard++) {
                add(list, users.get(teamStart + random.nextInt(teamSize)), users.get(i));
            }
            for (int guard = 0; list.size() < Math.min(perUser, users.size() - 1) && guard < perUser * 20; guard++) {
                add(list, users.get(random.nextInt(users.size())), users.get(i));
            }
            contacts.put(users.get(i), new ArrayList<>(list));
            list.forEach(c -> watchers.merge(c, 1, Integer::sum));
        }
    }

    private static void add(LinkedHashSet<String> list, String contact, String self) {
        if (!contact.equals(self)) {
            list.add(contact);
        }
    }

    List<String> contactsOf(String user) {
        return contacts.get(user);
    }

    int watchersOf(String user) {
        return watchers.getOrDefault(user, 0);
    }
}
