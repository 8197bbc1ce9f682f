package org.parley.web.rest;

/** The bodies of contact-list changes. */
public final class ContactRequests {

    private ContactRequests() {
    }

    /**
     * Create a private group, add a public group, or change a group.
     *
     * @param name the group's name (on a change: its new name; leave out to keep it)
     * @param position where it goes, 0 = first (leave out: last, or where it is)
     */
    public record Group(String name, Integer position) {
    }

    /**
     * Add a person to a private group.
     *
     * @param user the user id
     * @param nickname the owner's name for them (optional)
     * @param primary whether a primary contact (optional, default false)
     * @param position where they go, 0 = first (optional: last)
     */
    public record NewContact(String user, String nickname, Boolean primary, Integer position) {
    }

    /**
     * Change a person's entry; every field is optional and a missing one stays as it is.
     *
     * @param nickname a new nickname ("" clears it)
     * @param primary a new primary mark
     * @param group the private group to move them to (with their nickname and mark)
     * @param position where they go in that group, 0 = first (with no group: within their group)
     */
    public record ContactChange(String nickname, Boolean primary, String group, Integer position) {
    }
}
