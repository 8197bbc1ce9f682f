package org.parley.presence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.presence.internal.InMemoryPresenceStores.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceChanged;
import org.parley.presence.StatusUpdate;

class PresenceSettlerTest {

    private final InMemoryPresenceStores stores = new InMemoryPresenceStores();
    private final List<PresenceChanged> fired = new ArrayList<>();
    private int handOns;
    private final PresenceSettler settler = new PresenceSettler(stores.presence, stores.connections, changes -> {
        handOns++;
        fired.addAll(changes);
    }, Clock.systemUTC());

    private static PresenceOp choose(String user, String status, String message) {
        return new PresenceOp.Choose(user, StatusUpdate.of(status, message));
    }

    private Presence shown(String user) {
        return stores.rows.get(user).shown();
    }

    @Test
    void aConnectionShouldBringItsPersonOnlineAndAnnounceIt() {
        var settled = settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "s1"))));
        assertEquals(Availability.AVAILABLE, shown("bob").availability());
        assertEquals(List.of(shown("bob")), settled.changes());
        assertEquals(1, fired.size());
    }

    @Test
    void severalStatusesOfOnePersonInOneBatchShouldBeStoredOnceAndAnnouncedOnceInTheirOrder() {
        settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "s1"))));
        int savesBefore = stores.saves;
        var settled = settler.settle(List.of(choose("bob", "away", "lunch"), choose("bob", "dnd", "call"),
                choose("carol", "away", "")));
        assertEquals(Availability.DO_NOT_DISTURB, shown("bob").availability());
        assertEquals("call", shown("bob").message());
        assertEquals(savesBefore + 2, stores.saves, "one write for bob, one for carol");
        assertEquals(List.of(shown("bob")), settled.changes(), "carol has no connection: she stays offline");
        assertEquals(Optional.of(stores.rows.get("bob")), settled.outcomes().get(0).presence());
        assertEquals(settled.outcomes().get(0), settled.outcomes().get(1));
    }

    @Test
    void theChangesOfABatchShouldBeHandedOnOnceWithEachPersonsBeforeAndAfter() {
        settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "s1")),
                new PresenceOp.Attach(connection("c2", "mia", "s1"))));
        var bobBefore = shown("bob");
        handOns = 0;
        fired.clear();
        settler.settle(List.of(choose("bob", "away", ""), choose("mia", "dnd", ""), choose("zoe", "away", "")));
        assertEquals(1, handOns, "one hand-on for the whole batch");
        assertEquals(List.of(new PresenceChanged(bobBefore, shown("bob"))), fired.subList(0, 1));
        assertEquals(List.of("bob", "mia"), fired.stream().map(c -> c.after().user()).toList(),
                "zoe has no connection, so what others see of her did not change");
        settler.settle(List.of(choose("zoe", "away", "")));
        assertEquals(1, handOns, "a batch in which nothing others see changed hands nothing on");
    }

    @Test
    void presenceRowsShouldBeLockedInTheOrderOfUserIdsWhateverTheOrderOfChanges() {
        settler.settle(List.of(choose("zoe", "away", ""), choose("bob", "away", ""), choose("mia", "away", ""),
                choose("bob", "dnd", "")));
        assertEquals(List.of("bob", "mia", "zoe"), stores.lockOrder);
    }

    @Test
    void theLastConnectionClosingShouldTakeItsPersonOfflineAndAnUnknownOneShouldChangeNothing() {
        settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "s1")),
                new PresenceOp.Attach(connection("c2", "bob", "s2"))));
        settler.settle(List.of(new PresenceOp.Detach("c1")));
        assertEquals(Availability.AVAILABLE, shown("bob").availability());
        var settled = settler.settle(List.of(new PresenceOp.Detach("c2"), new PresenceOp.Detach("nope")));
        assertEquals(Availability.OFFLINE, shown("bob").availability());
        assertEquals(Optional.empty(), settled.outcomes().get(1).presence());
        assertEquals(1, settled.outcomes().get(0).removedConnections());
        assertEquals(0, settled.outcomes().get(1).removedConnections());
    }

    @Test
    void everyConnectionIdleShouldShowAnAvailablePersonAway() {
        settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "s1")),
                new PresenceOp.Attach(connection("c2", "bob", "s1"))));
        settler.settle(List.of(new PresenceOp.SetIdle("c1", true)));
        assertEquals(Availability.AVAILABLE, shown("bob").availability());
        settler.settle(List.of(new PresenceOp.SetIdle("c2", true)));
        assertEquals(Availability.AWAY, shown("bob").availability());
    }

    @Test
    void forgettingAServerShouldTakeOfflineOnlyThosePeopleWithNoConnectionElsewhere() {
        settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "gone")),
                new PresenceOp.Attach(connection("c2", "carol", "gone")),
                new PresenceOp.Attach(connection("c3", "carol", "alive"))));
        var settled = settler.settle(List.of(new PresenceOp.ForgetServer("gone", Instant.now(), true)));
        assertEquals(2, settled.outcomes().get(0).removedConnections());
        assertEquals(Availability.OFFLINE, shown("bob").availability());
        assertEquals(Availability.AVAILABLE, shown("carol").availability());
        assertEquals(List.of(shown("bob")), settled.changes());
    }

    @Test
    void forgettingAServersLeftoversShouldSpareWhatItOpenedSinceItStarted() {
        var started = Instant.parse("2026-12-02T10:00:00Z");
        settler.settle(List.of(new PresenceOp.Attach(connection("old", "bob", "s1", started.minusSeconds(60))),
                new PresenceOp.Attach(connection("new", "carol", "s1", started.plusSeconds(1)))));
        var settled = settler.settle(List.of(new PresenceOp.ForgetServer("s1", started, false)));
        assertEquals(1, settled.outcomes().get(0).removedConnections());
        assertEquals(Availability.OFFLINE, shown("bob").availability());
        assertEquals(Availability.AVAILABLE, shown("carol").availability());
    }

    @Test
    void attachingAStoredConnectionAgainShouldRestoreItWithoutADuplicate() {
        settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "s1"))));
        var settled = settler.settle(List.of(new PresenceOp.Attach(connection("c1", "bob", "s1"))));
        assertEquals(1, stores.open.size());
        assertEquals(List.of(), settled.changes(), "nothing others see changed");
    }

    @Test
    void aStatusThatChangesNothingOthersSeeShouldBeStoredButNotAnnounced() {
        var settled = settler.settle(List.of(choose("bob", "dnd", "")));
        assertEquals(Availability.DO_NOT_DISTURB, stores.rows.get("bob").chosen());
        assertEquals(Availability.OFFLINE, shown("bob").availability());
        assertEquals(List.of(), settled.changes());
        assertEquals(List.of(), fired);
    }
}
