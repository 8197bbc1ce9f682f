package org.parley.web.rest;

import org.parley.people.Listed;

/**
 * A person in a list as the API shows it (see docs/directory.md, "Person summary").
 *
 * @param uid the user id
 * @param displayName the name to show
 * @param title the job title
 * @param department the department
 * @param mail the mail address
 * @param telephoneNumber the office phone
 * @param office the office
 * @param hasPhoto whether {@code /people/{uid}/photo} has a photo
 * @param presence the presence as the caller may see it
 */
public record PersonView(String uid, String displayName, String title, String department, String mail,
        String telephoneNumber, String office, boolean hasPhoto, PresenceView presence) {

    public static PersonView of(Listed p) {
        var c = p.card();
        return new PersonView(c.uid(), c.displayName(), c.title(), c.department(), c.mail(), c.telephoneNumber(),
                c.office(), c.hasPhoto(), PresenceView.of(p.presence()));
    }
}
