package org.parley.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class PrivacySettingsTest {

    @Test
    void everyoneShouldBeVisibleToAll() {
        assertTrue(PrivacySettings.open().visibleTo("anyone"));
    }

    @Test
    void onlyListShouldBeVisibleToTheListedAlone() {
        var s = new PrivacySettings(Visibility.ONLY, Set.of("erin"), Set.of(), 1);
        assertTrue(s.visibleTo("erin"));
        assertFalse(s.visibleTo("carol"));
    }

    @Test
    void exceptListShouldHideFromTheListedAlone() {
        var s = new PrivacySettings(Visibility.EXCEPT, Set.of("carol"), Set.of(), 1);
        assertFalse(s.visibleTo("carol"));
        assertTrue(s.visibleTo("erin"));
    }

    @Test
    void malformedOrTooManyIdsShouldBeInvalid() {
        assertThrows(ParleyException.Invalid.class,
                () -> new PrivacySettings(Visibility.ONLY, Set.of("a*b"), Set.of(), 0));
        var many = new HashSet<String>();
        for (int i = 0; i <= PrivacySettings.MAX_LIST; i++) {
            many.add("u" + i);
        }
        assertThrows(ParleyException.Invalid.class, () -> new PrivacySettings(Visibility.ONLY, many, Set.of(), 0));
        assertThrows(ParleyException.Invalid.class, () -> new PrivacySettings(null, Set.of(), Set.of(), 0));
    }

    @Test
    void wireNamesShouldParse() {
        assertEquals(Visibility.EXCEPT, Visibility.fromWire(" Except "));
        assertThrows(ParleyException.Invalid.class, () -> Visibility.fromWire("friends"));
    }
}
