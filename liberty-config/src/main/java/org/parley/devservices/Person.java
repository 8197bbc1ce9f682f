package org.parley.devservices;

/**
 * One generated person.
 *
 * @param id the org chart position, which also numbers the person's phones and employee number
 * @param uid the unique login name
 * @param givenName the given name
 * @param surname the family name
 * @param title the job title
 * @param department the department
 * @param office the office
 * @param managerUid the manager's uid, null for the CEO
 * @param statesLanguage whether the entry carries {@code preferredLanguage}
 */
record Person(int id, String uid, String givenName, String surname, String title, Department department,
              NamePools.Office office, String managerUid, boolean statesLanguage) {

    String fullName() {
        return givenName + " " + surname;
    }
}
