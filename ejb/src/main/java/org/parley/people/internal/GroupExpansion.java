package org.parley.people.internal;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.parley.directory.DirectoryGroup;

/**
 * The people in a group with its nested groups expanded, breadth first; a group met twice (a
 * cycle) is expanded once, and nesting deeper than {@value #MAX_DEPTH} is cut.
 */
final class GroupExpansion {

    static final int MAX_DEPTH = 8;

    private GroupExpansion() {
    }

    static Set<String> people(DirectoryGroup top, Function<String, Optional<DirectoryGroup>> lookUp) {
        var people = new TreeSet<String>(top.people());
        var seen = new HashSet<String>();
        seen.add(top.name());
        var level = new ArrayDeque<String>(top.groups());
        for (int depth = 1; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            var next = new ArrayDeque<String>();
            for (var name : level) {
                if (seen.add(name)) {
                    lookUp.apply(name).ifPresent(g -> {
                        people.addAll(g.people());
                        next.addAll(g.groups());
                    });
                }
            }
            level = next;
        }
        return people;
    }
}
