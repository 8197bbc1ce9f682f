package org.parley.presence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;
import org.parley.presence.StoredPresence;

class EngagementsBeanTest {

    private final InMemoryPresenceStores stores = new InMemoryPresenceStores();
    private final List<String> updates = new ArrayList<>();
    private final EngagementsBean engagements = new EngagementsBean();

    /** Stores each update as the person's choice, as the real service does (the person is online). */
    private final PresenceService service = new PresenceService() {
        @Override
        public Presence update(String user, StatusUpdate u) {
            updates.add(user + ":" + u.availability().wireName() + ":" + u.message());
            var shown = new Presence(user, u.availability(), u.message(), u.location(), u.timeZone(), Instant.now(), 1);
            return stores.presence.save(new StoredPresence(u.availability(), shown)).shown();
        }

        @Override
        public Presence current(String viewer, String user) {
            throw new AssertionError("engagements read the store");
        }

        @Override
        public Map<String, Presence> current(String viewer, Collection<String> users) {
            throw new AssertionError("engagements read the store");
        }

        @Override
        public void attach(String user, String connectionId) {
        }

        @Override
        public void detach(String connectionId) {
        }

        @Override
        public void activity(String connectionId, boolean idle) {
        }
    };

    @BeforeEach
    void wire() {
        engagements.presence = service;
        engagements.store = stores.presence;
        service.update("carol", new StatusUpdate(Availability.DO_NOT_DISTURB, "writing", "Paris", "Europe/Paris"));
        updates.clear();
    }

    private String shown() {
        var p = stores.rows.get("carol");
        return p.chosen().wireName() + ":" + p.shown().message();
    }

    @Test
    void aCallShouldShowOnThePhoneAndRestoreTheOwnStatusAfterwards() {
        engagements.begin("call\n1", "carol", Availability.ON_THE_PHONE, "On the phone");
        assertEquals("on-the-phone:On the phone", shown());
        engagements.endAll("call\n1");
        assertEquals("dnd:writing", shown());
        assertEquals("Paris", stores.rows.get("carol").shown().location());
    }

    @Test
    void aCallDuringAMeetingShouldReturnToTheMeetingThenToTheOwnStatus() {
        engagements.begin("meeting\nm", "carol", Availability.IN_A_MEETING, "In a meeting");
        engagements.begin("call\n1", "carol", Availability.ON_THE_PHONE, "On the phone");
        assertEquals("on-the-phone:On the phone", shown());
        engagements.endAll("call\n1");
        assertEquals("in-meeting:In a meeting", shown());
        engagements.end("meeting\nm", "carol");
        assertEquals("dnd:writing", shown());
    }

    @Test
    void aMeetingStartedDuringACallShouldNotHideTheCall() {
        engagements.begin("call\n1", "carol", Availability.ON_THE_PHONE, "On the phone");
        engagements.begin("meeting\nm", "carol", Availability.IN_A_MEETING, "In a meeting");
        assertEquals("on-the-phone:On the phone", shown());
        engagements.end("meeting\nm", "carol");
        assertEquals("on-the-phone:On the phone", shown());
        engagements.endAll("call\n1");
        assertEquals("dnd:writing", shown());
        assertEquals(List.of("carol:on-the-phone:On the phone", "carol:dnd:writing"), updates);
    }

    @Test
    void twoCallsShouldKeepThePersonOnThePhoneUntilTheLastEnds() {
        engagements.begin("call\n1", "carol", Availability.ON_THE_PHONE, "On the phone");
        engagements.begin("call\n2", "carol", Availability.ON_THE_PHONE, "On the phone");
        engagements.endAll("call\n1");
        assertEquals("on-the-phone:On the phone", shown());
        engagements.endAll("call\n2");
        assertEquals("dnd:writing", shown());
    }

    @Test
    void aStatusChosenDuringAnEngagementShouldStand() {
        engagements.begin("meeting\nm", "carol", Availability.IN_A_MEETING, "In a meeting");
        service.update("carol", new StatusUpdate(Availability.AWAY, "lunch", "", ""));
        engagements.end("meeting\nm", "carol");
        assertEquals("away:lunch", shown());
    }

    @Test
    void aStatusChosenDuringACallShouldBeWhatComesBackAfterALaterEngagement() {
        engagements.begin("call\n1", "carol", Availability.ON_THE_PHONE, "On the phone");
        service.update("carol", new StatusUpdate(Availability.AVAILABLE, "back", "", ""));
        engagements.begin("meeting\nm", "carol", Availability.IN_A_MEETING, "In a meeting");
        engagements.endAll("call\n1");
        assertEquals("in-meeting:In a meeting", shown());
        engagements.end("meeting\nm", "carol");
        assertEquals("available:back", shown());
    }

    @Test
    void endingOnePersonsPartShouldLeaveTheOthersEngaged() {
        service.update("bob", new StatusUpdate(Availability.AVAILABLE, "", "", ""));
        engagements.begin("meeting\nm", "carol", Availability.IN_A_MEETING, "In a meeting");
        engagements.begin("meeting\nm", "bob", Availability.IN_A_MEETING, "In a meeting");
        engagements.end("meeting\nm", "carol");
        assertEquals("dnd:writing", shown());
        assertEquals(Availability.IN_A_MEETING, stores.rows.get("bob").chosen());
    }

    @Test
    void someoneNeverSeenShouldComeBackAvailable() {
        engagements.begin("call\n1", "dave", Availability.ON_THE_PHONE, "On the phone");
        engagements.endAll("call\n1");
        assertEquals(Availability.AVAILABLE, stores.rows.get("dave").chosen());
    }
}
