package org.parley.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory as the people features read it: cards, searches, the reporting lines and
 * groups. Every method may throw {@link org.parley.error.ParleyException.Unavailable} when the
 * directory cannot be reached and the answer is not cached.
 */
public interface OrgDirectory {

    /** A person's card; empty when there is no such person. */
    Optional<Card> card(String uid);

    /** The cards of many people at once, keyed by user id; ids that are nobody are left out. */
    Map<String, Card> cards(Collection<String> uids);

    /**
     * The people of whom every word begins a name, the user id, the mail address, a phone
     * number or the department, sorted by display name then user id.
     */
    Found<Card> search(List<String> words);

    /** The people whose manager is this person, sorted by display name then user id. */
    Found<Card> reportsOf(String uid);

    /** The groups whose name or description begins with the prefix (all when it is empty), by name. */
    Found<DirectoryGroup> groups(String prefix);

    /** A group by name; empty when there is none. */
    Optional<DirectoryGroup> group(String name);

    /** A person's photo (JPEG); empty when there is none. */
    Optional<byte[]> photo(String uid);

    /**
     * Reads every person (up to the cache's size) and group into the cache at once, so that a
     * storm of sign-ins finds them there.
     *
     * @return how many people were read
     */
    int refresh();

    /** Forgets everything cached, so the next look-ups read the directory. */
    void forget();

    /** How the directory has been used since the server started. */
    DirectoryFigures figures();
}
