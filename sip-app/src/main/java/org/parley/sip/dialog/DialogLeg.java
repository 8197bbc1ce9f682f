package org.parley.sip.dialog;

import java.util.Objects;

/**
 * One call leg of a watched user as a {@code <dialog>} of RFC 4235.
 *
 * @param id the dialog's id within the document, stable for the leg's life
 * @param callId the leg's Call-ID
 * @param localTag the watched user's tag, empty while unknown
 * @param remoteTag the other party's tag, empty while unknown
 * @param initiator whether the watched user placed the call (direction initiator) or was called
 * @param state where the leg stands
 * @param event why it was terminated (RFC 4235 section 4.1.1), empty unless terminated
 * @param local the watched user's URI, empty when the watcher may not learn it
 * @param remote the other party's URI, empty when the watcher may not learn it
 */
public record DialogLeg(String id, String callId, String localTag, String remoteTag, boolean initiator,
        State state, String event, String local, String remote) {

    /** The states of RFC 4235 section 3.7.1, with their wire names. */
    public enum State {
        TRYING, PROCEEDING, EARLY, CONFIRMED, TERMINATED;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DialogLeg {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        callId = callId == null ? "" : callId;
        localTag = localTag == null ? "" : localTag;
        remoteTag = remoteTag == null ? "" : remoteTag;
        event = state == State.TERMINATED && event != null ? event : "";
        local = local == null ? "" : local;
        remote = remote == null ? "" : remote;
    }
}
