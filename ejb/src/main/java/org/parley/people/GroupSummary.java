package org.parley.people;

import org.parley.directory.DirectoryGroup;

/**
 * A group with the number of people in it, nested groups expanded.
 *
 * @param group the group as the directory holds it
 * @param members how many people are in it
 */
public record GroupSummary(DirectoryGroup group, int members) {
}
