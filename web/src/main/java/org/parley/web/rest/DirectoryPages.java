package org.parley.web.rest;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.parley.error.ParleyException;
import org.parley.people.GroupSummary;
import org.parley.people.Listed;
import org.parley.people.Page;

/** Pages of people and groups as the API shows them, and the page parameters they take. */
final class DirectoryPages {

    static final int DEFAULT_LIMIT = 20;

    /** A page of people; {@code next} is the cursor of the following page, null after the last. */
    @JsonbNillable
    public record People(List<PersonView> people, String next, boolean truncated) {
        static People of(Page<Listed> page) {
            return new People(page.items().stream().map(PersonView::of).toList(), page.next(), page.truncated());
        }

        static People of(List<Listed> all) {
            return new People(all.stream().map(PersonView::of).toList(), null, false);
        }
    }

    /** A page of groups. */
    @JsonbNillable
    public record Groups(List<GroupView> groups, String next, boolean truncated) {
        static Groups of(Page<GroupSummary> page) {
            return new Groups(page.items().stream().map(GroupView::of).toList(), page.next(), page.truncated());
        }
    }

    private DirectoryPages() {
    }

    /** The limit parameter: absent means the default; anything but a number is a 400. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ParleyException.Invalid("limit is a number from 1 to 100");
        }
    }
}
