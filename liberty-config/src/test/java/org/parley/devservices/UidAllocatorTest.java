package org.parley.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UidAllocatorTest {

    @Test
    void foldShouldKeepOnlyAsciiLetters() {
        assertEquals("obrien", UidAllocator.fold("O'Brien"));
        assertEquals("vanderberg", UidAllocator.fold("van der Berg"));
        assertEquals("osuilleabhain", UidAllocator.fold("Ó Súilleabháin"));
        assertEquals("wojcik", UidAllocator.fold("Wójcik"));
        assertEquals("soren", UidAllocator.fold("Søren"));
    }

    @Test
    void repeatedNamesShouldGetNumberedUids() {
        var uids = new UidAllocator();
        assertEquals("jsmith", uids.allocate("James", "Smith"));
        assertEquals("jsmith2", uids.allocate("Julia", "Smith"));
        assertEquals("jsmith3", uids.allocate("Jonas", "Smith"));
    }

    @Test
    void reservedUidsShouldNotBeHandedOutBare() {
        var uids = new UidAllocator();
        uids.reserve("cchen");
        assertEquals("cchen2", uids.allocate("Carol", "Chen"));
    }
}
