package org.parley.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;

import org.parley.directory.Card;
import org.parley.people.BusinessCard;
import org.parley.people.LocalClock;

/**
 * A business card as the API shows it (see docs/directory.md, "Business card"); absent values
 * are null.
 */
@JsonbNillable
public record CardView(String uid, String displayName, String givenName, String surname, String title,
        String department, String mail, String telephoneNumber, String mobile, String office, String employeeNumber,
        String preferredLanguage, boolean hasPhoto, PresenceView presence, Manager manager, int directReports,
        String photo, LocalTime localTime) {

    /** The manager, in short. */
    public record Manager(String uid, String displayName, String title) {
    }

    /** The person's time zone and the time there now (ISO-8601 with offset). */
    public record LocalTime(String timeZone, String time, String source) {
        static LocalTime of(LocalClock c) {
            return new LocalTime(c.timeZone(), c.time().toOffsetDateTime().toString(), c.source());
        }
    }

    public static CardView of(BusinessCard b) {
        Card c = b.card();
        return new CardView(c.uid(), c.displayName(), c.givenName(), c.surname(), c.title(), c.department(), c.mail(),
                c.telephoneNumber(), c.mobile(), c.office(), c.employeeNumber(), c.preferredLanguage(), c.hasPhoto(),
                PresenceView.of(b.presence()),
                b.manager().map(m -> new Manager(m.uid(), m.displayName(), m.title())).orElse(null),
                b.directReports(), c.hasPhoto() ? "/api/v1/people/" + c.uid() + "/photo" : null,
                b.localTime().map(LocalTime::of).orElse(null));
    }
}
