package org.parley.chat;

import java.util.List;

/** Administrators' announcements to everyone or to a directory group. */
public interface AnnouncementService {

    /** How long announcements are listed, in days. */
    int LISTED_DAYS = 7;

    /**
     * Stores an announcement and pushes it to its audience's connections now. The caller must
     * be an administrator; the edge checks it.
     *
     * @param group a directory group, or null or empty for everyone
     * @throws org.parley.error.ParleyException.NotFound when the group has no members
     */
    Announcement announce(String author, String text, String group);

    /** The announcements of the last {@link #LISTED_DAYS} days meant for the viewer, newest first. */
    List<Announcement> recent(String viewer);
}
