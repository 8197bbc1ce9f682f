package org.parley.web.rest;

import java.util.List;

import org.parley.people.GroupSummary;

/**
 * A directory group as the API shows it.
 *
 * @param name the group's name
 * @param description what it is for
 * @param owner the owner's user id, empty when none
 * @param members how many people are in it, nested groups expanded
 * @param groups the groups nested directly in it
 */
public record GroupView(String name, String description, String owner, int members, List<String> groups) {

    public static GroupView of(GroupSummary s) {
        var g = s.group();
        return new GroupView(g.name(), g.description(), g.ownerUid(), s.members(), g.groups().stream().sorted().toList());
    }
}
