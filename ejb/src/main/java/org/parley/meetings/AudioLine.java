package org.parley.meetings;

import java.util.Objects;

/**
 * One participant's line in a meeting's conference call, as the room shows it: only lines that
 * ring or are on the call; everyone else is off it.
 *
 * @param user the participant (a directory user)
 * @param state whether their phone rings or they are on the call
 * @param muted whether their audio is kept from the others
 * @param talking whether they speak now (never while muted)
 */
public record AudioLine(String user, State state, boolean muted, boolean talking) {

    /** Where a line stands, with its wire name. */
    public enum State {
        /** Their phone rings. */
        RINGING("ringing"),
        /** On the call: their audio is mixed. */
        CONNECTED("connected");

        private final String wireName;

        State(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public AudioLine {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(state, "state");
        talking = talking && !muted;
    }
}
