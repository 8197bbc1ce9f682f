package org.parley.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.error.ParleyException;

/** What a participant asks of the room, validated on construction; the room checks who may. */
public sealed interface RoomCommand {

    int MAX_CHAT = 2000;
    int MAX_URL = 2048;
    int MAX_QUESTION = 300;
    int MAX_OPTION = 100;
    int MAX_OPTIONS = 10;

    /** A group chat message. */
    record Chat(String text) implements RoomCommand {
        public Chat {
            text = Texts.required("chat text", text, MAX_CHAT);
        }
    }

    /** Raise or lower one's hand. */
    record Hand(boolean raised) implements RoomCommand {
    }

    /** Show a page of a deck to everyone. */
    record Page(String deck, int page) implements RoomCommand {
        public Page {
            Texts.required("deck", deck, 64);
            if (page < 1) {
                throw new ParleyException.Invalid("Pages are numbered from 1");
            }
        }
    }

    /** Push a web page to everyone: an absolute http or https URL without credentials. */
    record PushUrl(String url) implements RoomCommand {
        public PushUrl {
            url = Texts.required("url", url, MAX_URL);
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new ParleyException.Invalid("Not a valid URL: " + e.getReason());
            }
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!Set.of("http", "https").contains(scheme) || uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new ParleyException.Invalid("Only absolute http:// or https:// URLs can be pushed");
            }
            if (uri.getRawUserInfo() != null) {
                throw new ParleyException.Invalid("A pushed URL may not carry a user name or password");
            }
        }
    }

    /** A whiteboard stroke. */
    record Stroke(Shape shape) implements RoomCommand {
    }

    /** Take back one's last stroke that is still on the board. */
    record Undo() implements RoomCommand {
    }

    /** Wipe the whiteboard. */
    record Clear() implements RoomCommand {
    }

    /** Start a poll. */
    record CreatePoll(String question, List<String> options) implements RoomCommand {
        public CreatePoll {
            question = Texts.required("question", question, MAX_QUESTION);
            if (options == null || options.size() < 2 || options.size() > MAX_OPTIONS) {
                throw new ParleyException.Invalid("A poll has 2 to " + MAX_OPTIONS + " options");
            }
            options = options.stream().map(o -> Texts.required("option", o, MAX_OPTION)).toList();
        }
    }

    /** Vote in an open poll (once). */
    record Vote(String poll, int option) implements RoomCommand {
        public Vote {
            Texts.required("poll", poll, 64);
        }
    }

    /** Close a poll; its results stay. */
    record ClosePoll(String poll) implements RoomCommand {
        public ClosePoll {
            Texts.required("poll", poll, 64);
        }
    }

    /** Give a participant a role (moderators only). */
    record SetRole(String participant, Role role) implements RoomCommand {
        public SetRole {
            Texts.required("participant", participant, 128);
        }
    }

    /** Grant or take away one permission of a participant (moderators only). */
    record Grant(String participant, Permission permission, boolean allowed) implements RoomCommand {
        public Grant {
            Texts.required("participant", participant, 128);
        }
    }

    /** Remove a participant; they cannot come back to this meeting (moderators only). */
    record Remove(String participant) implements RoomCommand {
        public Remove {
            Texts.required("participant", participant, 128);
        }
    }

    /** Let a waiting guest in, or turn them away (moderators only). */
    record Admit(String participant, boolean admitted) implements RoomCommand {
        public Admit {
            Texts.required("participant", participant, 128);
        }
    }

    /** Lock the room against newcomers, or open it again (moderators only). */
    record Lock(boolean locked) implements RoomCommand {
    }

    /** End the meeting for everyone (moderators only). */
    record End() implements RoomCommand {
    }

    /** Start or stop recording (moderators only). */
    record Record(boolean on) implements RoomCommand {
    }

    /** Mute oneself or unmute (needs the unmute permission); moderators may mute anyone. */
    record Mute(String participant, boolean muted) implements RoomCommand {
        public Mute {
            Texts.required("participant", participant, 128);
        }
    }

    /** Mute everyone but oneself, in the room and in its conference call (moderators only). */
    record MuteAll() implements RoomCommand {
    }

    /** Screen sharing started or stopped (needs the share-screen permission). */
    record Share(boolean on) implements RoomCommand {
    }

    /**
     * A WebRTC signalling message for one other participant: an SDP offer or answer or an ICE
     * candidate, relayed as is. Offers need the share-screen permission.
     */
    record Signal(String to, String kind, String data) implements RoomCommand {
        public static final int MAX_DATA = 12_000;

        public Signal {
            Texts.required("to", to, 128);
            if (!Set.of("offer", "answer", "ice").contains(kind)) {
                throw new ParleyException.Invalid("A signal's kind is offer, answer or ice");
            }
            data = Texts.required("data", data, MAX_DATA);
        }
    }

    /** Validation of text fields shared by the commands. */
    final class Texts {
        private Texts() {
        }

        static String required(String what, String value, int max) {
            var v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                throw new ParleyException.Invalid("\"" + what + "\" is required");
            }
            if (v.length() > max) {
                throw new ParleyException.Invalid("\"" + what + "\" is at most " + max + " characters");
            }
            if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                throw new ParleyException.Invalid("\"" + what + "\" contains control characters");
            }
            return v;
        }
    }
}
