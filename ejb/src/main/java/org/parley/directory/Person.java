package org.parley.directory;

/**
 * A person as the directory describes them.
 *
 * @param uid the user id people sign in with
 * @param displayName the name to show
 * @param mail the mail address, empty when none
 * @param title the job title, empty when none
 * @param department the department, empty when none
 */
public record Person(String uid, String displayName, String mail, String title, String department) {
}
