package org.parley.meetings.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.parley.meetings.MeetingEvent;
import org.parley.meetings.Permission;
import org.parley.meetings.Role;

/**
 * A room's state, made by applying its log's events in order (a fold): who is there with which
 * role and permissions, who waits, the slides and current page, the pushed page, the whiteboard,
 * the polls, recent chat. Not thread-safe: {@link RoomStates} guards each instance.
 */
final class RoomState {

    /** How many recent chat messages a joiner receives. */
    static final int CHAT_BACKLOG = 100;

    /** A participant as the room knows them. */
    static final class Member {
        final String id;
        final String name;
        final boolean guest;
        Role role = Role.ATTENDEE;
        final Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        final Set<String> connections = new HashSet<>();
        boolean admitted;
        boolean hand;
        boolean muted = true;

        Member(String id, String name, boolean guest) {
            this.id = id;
            this.name = name;
            this.guest = guest;
        }

        void take(Role newRole) {
            role = newRole;
            permissions.clear();
            permissions.addAll(newRole.defaults());
        }

        boolean present() {
            return admitted && !connections.isEmpty();
        }

        boolean may(Permission p) {
            return permissions.contains(p);
        }
    }

    /** A poll and its votes (who voted is kept only to allow one vote each). */
    static final class Poll {
        final String id;
        final String question;
        final List<String> options;
        final int[] counts;
        final Set<String> voters = new HashSet<>();
        boolean closed;

        Poll(String id, String question, List<String> options) {
            this.id = id;
            this.question = question;
            this.options = List.copyOf(options);
            this.counts = new int[options.size()];
        }
    }

    /** A deck of slide pages. */
    record Deck(String id, String name, int pages) {
    }

    /** A stroke on the board and who drew it. */
    record Drawn(String id, String by, JsonObject shape) {
    }

    final String meeting;
    long seq;
    Instant started;
    boolean locked;
    boolean ended;
    String recording;
    String sharing;
    final Map<String, Member> members = new LinkedHashMap<>();
    final Set<String> removed = new HashSet<>();
    final Map<String, Deck> decks = new LinkedHashMap<>();
    String deck;
    int page;
    String url;
    final Map<String, Drawn> strokes = new LinkedHashMap<>();
    final Map<String, Poll> polls = new LinkedHashMap<>();
    final Deque<JsonObject> chat = new ArrayDeque<>();

    RoomState(String meeting) {
        this.meeting = meeting;
    }

    Optional<Member> member(String id) {
        return Optional.ofNullable(members.get(id));
    }

    /** The participants present with a role of moderator. */
    Set<String> moderatorsPresent() {
        var ids = new HashSet<String>();
        members.values().stream().filter(m -> m.present() && m.role == Role.MODERATOR).forEach(m -> ids.add(m.id));
        return ids;
    }

    /** Applies one numbered event of the log. */
    void apply(MeetingEvent e) {
        var b = e.body();
        switch (e.type()) {
            case "started" -> started = e.at();
            case "joined" -> {
                var m = members.computeIfAbsent(str(b, "participant"),
                        id -> new Member(id, str(b, "name"), b.getBoolean("guest", false)));
                if (!m.admitted) {
                    m.take(Role.fromWire(str(b, "role")));
                }
                m.admitted = true;
                m.connections.add(str(b, "connection"));
            }
            case "knocked" -> members.computeIfAbsent(str(b, "participant"), id -> new Member(id, str(b, "name"), true))
                    .connections.add(str(b, "connection"));
            case "admitted" -> member(str(b, "participant")).ifPresent(m -> {
                m.admitted = true;
                m.take(Role.ATTENDEE);
            });
            case "denied", "removed" -> {
                var id = str(b, "participant");
                members.remove(id);
                if ("removed".equals(e.type())) {
                    removed.add(id);
                }
                dropSharing(id);
            }
            case "left" -> leave(str(b, "participant"), str(b, "connection"));
            case "role" -> member(str(b, "participant")).ifPresent(m -> m.take(Role.fromWire(str(b, "role"))));
            case "permission" -> member(str(b, "participant")).ifPresent(m -> {
                var p = Permission.fromWire(str(b, "permission"));
                if (b.getBoolean("allowed")) {
                    m.permissions.add(p);
                } else {
                    m.permissions.remove(p);
                }
            });
            case "hand" -> member(str(b, "participant")).ifPresent(m -> m.hand = b.getBoolean("raised"));
            case "muted" -> member(str(b, "participant")).ifPresent(m -> m.muted = b.getBoolean("muted"));
            case "locked" -> locked = b.getBoolean("locked");
            case "ended" -> ended = true;
            case "recording" -> recording = b.getBoolean("on") ? str(b, "recording") : null;
            case "chat" -> {
                chat.addLast(org.parley.meetings.MeetingJson.wire(e));
                while (chat.size() > CHAT_BACKLOG) {
                    chat.removeFirst();
                }
            }
            case "deck" -> decks.put(str(b, "deck"), new Deck(str(b, "deck"), str(b, "name"), b.getInt("pages")));
            case "page" -> {
                deck = str(b, "deck");
                page = b.getInt("page");
            }
            case "url" -> url = str(b, "url");
            case "stroke" -> strokes.put(str(b, "stroke"), new Drawn(str(b, "stroke"), e.by(), b));
            case "undo" -> strokes.remove(str(b, "stroke"));
            case "clear" -> strokes.clear();
            case "poll" -> polls.put(str(b, "poll"), new Poll(str(b, "poll"), str(b, "question"),
                    b.getJsonArray("options").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            case "poll-results" -> Optional.ofNullable(polls.get(str(b, "poll"))).ifPresent(p -> {
                p.voters.add(e.by());
                p.counts[b.getInt("option")]++;
            });
            case "poll-closed" -> Optional.ofNullable(polls.get(str(b, "poll"))).ifPresent(p -> p.closed = true);
            case "share" -> {
                if (b.getBoolean("on")) {
                    sharing = e.by();
                } else {
                    dropSharing(e.by());
                }
            }
            default -> {
                // An event type this version does not know changes nothing.
            }
        }
        seq = e.seq();
    }

    private void leave(String id, String connection) {
        member(id).ifPresent(m -> {
            m.connections.remove(connection);
            if (m.connections.isEmpty()) {
                m.hand = false;
                dropSharing(id);
                if (!m.admitted) {
                    members.remove(id);
                }
            }
        });
    }

    private void dropSharing(String id) {
        if (id.equals(sharing)) {
            sharing = null;
        }
    }

    /** The last stroke of the participant still on the board. */
    Optional<Drawn> lastStrokeOf(String participant) {
        Drawn last = null;
        for (var d : strokes.values()) {
            if (d.by().equals(participant)) {
                last = d;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The poll's counts as a JSON array. */
    static JsonArray counts(Poll p) {
        var a = Json.createArrayBuilder();
        for (int c : p.counts) {
            a.add(c);
        }
        return a.build();
    }

    private static String str(JsonObject b, String name) {
        var v = b.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }

    /** The ids of every present participant. */
    List<String> presentIds() {
        var ids = new ArrayList<String>();
        members.values().stream().filter(Member::present).forEach(m -> ids.add(m.id));
        return ids;
    }
}
