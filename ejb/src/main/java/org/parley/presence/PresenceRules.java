package org.parley.presence;

import java.util.Collection;

/**
 * How the presence others see follows from what a person chose and their open connections:
 * <ol>
 * <li>no open connection on any server: offline;</li>
 * <li>chose offline ("appear offline"): offline;</li>
 * <li>chose available and every connection is idle: away;</li>
 * <li>otherwise: what they chose.</li>
 * </ol>
 */
public final class PresenceRules {

    private PresenceRules() {
    }

    public static Availability shown(Availability chosen, Collection<Connection> connections) {
        if (connections.isEmpty() || chosen == Availability.OFFLINE) {
            return Availability.OFFLINE;
        }
        if (chosen == Availability.AVAILABLE && connections.stream().allMatch(Connection::idle)) {
            return Availability.AWAY;
        }
        return chosen;
    }
}
