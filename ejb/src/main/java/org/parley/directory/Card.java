package org.parley.directory;

import java.util.Objects;

/**
 * What the directory says about a person, as a business card shows it. Text is never null: a
 * value the entry lacks is empty.
 *
 * @param uid the user id
 * @param displayName the name to show
 * @param givenName the given name
 * @param surname the family name
 * @param title the job title
 * @param department the department
 * @param mail the mail address
 * @param telephoneNumber the office phone
 * @param mobile the mobile phone
 * @param office the office (the entry's locality)
 * @param employeeNumber the employee number
 * @param preferredLanguage the preferred language tag
 * @param managerUid the manager's user id, empty at the top of the chain
 * @param hasPhoto whether the entry holds a photo
 */
public record Card(String uid, String displayName, String givenName, String surname, String title, String department,
        String mail, String telephoneNumber, String mobile, String office, String employeeNumber,
        String preferredLanguage, String managerUid, boolean hasPhoto) {

    public Card {
        Objects.requireNonNull(uid, "uid");
        displayName = orEmpty(displayName);
        givenName = orEmpty(givenName);
        surname = orEmpty(surname);
        title = orEmpty(title);
        department = orEmpty(department);
        mail = orEmpty(mail);
        telephoneNumber = orEmpty(telephoneNumber);
        mobile = orEmpty(mobile);
        office = orEmpty(office);
        employeeNumber = orEmpty(employeeNumber);
        preferredLanguage = orEmpty(preferredLanguage);
        managerUid = orEmpty(managerUid);
    }

    /** The same card, saying whether the entry holds a photo. */
    public Card withPhoto(boolean photo) {
        return new Card(uid, displayName, givenName, surname, title, department, mail, telephoneNumber, mobile, office,
                employeeNumber, preferredLanguage, managerUid, photo);
    }

    /** The short form other parts of Parley use. */
    public Person person() {
        return new Person(uid, displayName, mail, title, department);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
