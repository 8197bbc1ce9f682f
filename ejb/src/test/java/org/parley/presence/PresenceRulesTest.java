package org.parley.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PresenceRulesTest {

    private static Connection connection(boolean idle) {
        return new Connection("c" + idle, "bob", "s1", Instant.EPOCH, idle);
    }

    @Test
    void noConnectionShouldMeanOfflineWhateverWasChosen() {
        for (var chosen : Availability.values()) {
            assertEquals(Availability.OFFLINE, PresenceRules.shown(chosen, List.of()));
        }
    }

    @Test
    void choosingOfflineShouldAppearOfflineWhileConnected() {
        assertEquals(Availability.OFFLINE, PresenceRules.shown(Availability.OFFLINE, List.of(connection(false))));
    }

    @Test
    void availableShouldTurnAwayOnlyWhenEveryConnectionIsIdle() {
        assertEquals(Availability.AWAY, PresenceRules.shown(Availability.AVAILABLE, List.of(connection(true))));
        assertEquals(Availability.AVAILABLE,
                PresenceRules.shown(Availability.AVAILABLE, List.of(connection(true), connection(false))));
    }

    @Test
    void otherChoicesShouldHoldEvenWhenIdle() {
        for (var chosen : List.of(Availability.DO_NOT_DISTURB, Availability.IN_A_MEETING, Availability.ON_THE_PHONE,
                Availability.AWAY)) {
            assertEquals(chosen, PresenceRules.shown(chosen, List.of(connection(true))));
        }
    }
}
