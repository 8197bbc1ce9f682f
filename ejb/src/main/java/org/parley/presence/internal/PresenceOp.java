package org.parley.presence.internal;

import java.time.Instant;

import org.parley.presence.Connection;
import org.parley.presence.StatusUpdate;

/** One change to presence, queued for the presence writer; the closed set of what can change. */
sealed interface PresenceOp {

    /** A person sets their own status. */
    record Choose(String user, StatusUpdate update) implements PresenceOp {
    }

    /** A connection of a person opened on this server. */
    record Attach(Connection connection) implements PresenceOp {
    }

    /** A connection closed or was found dead. */
    record Detach(String connectionId) implements PresenceOp {
    }

    /** A connection's client became idle, or active again. */
    record SetIdle(String connectionId, boolean idle) implements PresenceOp {
    }

    /**
     * Every connection of a server opened before the cut-off goes (the server stopped, or they
     * are what its previous run left); optionally the server too.
     */
    record ForgetServer(String serverId, Instant openedBefore, boolean forgetNode) implements PresenceOp {
    }
}
