package org.parley.chat;

import java.time.Instant;
import java.util.List;

/** Where announcements are kept. */
public interface AnnouncementStore {

    void add(Announcement announcement);

    /** Announcements sent after the instant, newest first. */
    List<Announcement> since(Instant after);

    /** Deletes announcements sent before the cut-off; returns how many. */
    int purge(Instant cutoff);
}
