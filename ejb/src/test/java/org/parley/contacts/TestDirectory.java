package org.parley.contacts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.directory.Directory;
import org.parley.directory.Person;

/** A directory of a few people and groups, for tests. */
public final class TestDirectory implements Directory {

    private final Set<String> people;
    private final Map<String, Set<String>> groups;

    public TestDirectory(Set<String> people, Map<String, Set<String>> groups) {
        this.people = Set.copyOf(people);
        this.groups = Map.copyOf(groups);
    }

    /** alice, bob, carol, dave, erin; project-atlas = bob, carol, vchen; admins = alice. */
    public static TestDirectory demo() {
        return new TestDirectory(Set.of("alice", "bob", "carol", "dave", "erin", "vchen"),
                Map.of("project-atlas", Set.of("bob", "carol", "vchen"), "admins", Set.of("alice")));
    }

    @Override
    public Optional<Person> find(String uid) {
        return people.contains(uid) ? Optional.of(new Person(uid, uid, "", "", "")) : Optional.empty();
    }

    @Override
    public Set<String> groupsOf(String uid) {
        return Set.of();
    }

    @Override
    public Set<String> groupMembers(String group) {
        return groups.getOrDefault(group, Set.of());
    }
}
