package org.parley.people;

import java.util.List;

/**
 * The company directory as people use it: search, business cards, the org chart and groups.
 * Presence is always shown as the viewer may see it. Pages take a limit of 1 to 100 and the
 * cursor of the page before (null for the first). Every method throws
 * {@link org.parley.error.ParleyException.Invalid} for malformed input,
 * {@link org.parley.error.ParleyException.NotFound} for nobody, and
 * {@link org.parley.error.ParleyException.Unavailable} when the directory cannot answer.
 */
public interface PeopleService {

    /** People of whom every word of the query begins a name, the user id, mail, a phone or the department. */
    Page<Listed> search(String viewer, String query, int limit, String cursor);

    BusinessCard card(String viewer, String uid);

    /** The person's photo (JPEG). */
    byte[] photo(String uid);

    /** The report-to chain: the manager first, up to the top. */
    List<Listed> chain(String viewer, String uid);

    Page<Listed> reports(String viewer, String uid, int limit, String cursor);

    /** The others who have the same manager. */
    Page<Listed> peers(String viewer, String uid, int limit, String cursor);

    /** Groups whose name or description begins with the query; all when it is empty. */
    Page<GroupSummary> groups(String query, int limit, String cursor);

    GroupSummary group(String name);

    /** The people in the group, nested groups expanded. */
    Page<Listed> members(String viewer, String name, int limit, String cursor);
}
