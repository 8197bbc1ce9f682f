package org.parley.chat.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.parley.chat.AnnouncementService;

/**
 * What retention deletes: messages older than the retention (none when it is 0 or less), and
 * announcements older than the retention but never within their week of listing.
 *
 * @param days the retention in days; 0 or less keeps messages for ever
 */
public record RetentionPolicy(int days) {

    /** Messages sent before this instant are deleted; empty when messages are kept for ever. */
    public Optional<Instant> messagesBefore(Instant now) {
        return days > 0 ? Optional.of(now.minus(Duration.ofDays(days))) : Optional.empty();
    }

    /** Announcements sent before this instant are deleted; empty when they are kept for ever. */
    public Optional<Instant> announcementsBefore(Instant now) {
        return days > 0 ? Optional.of(now.minus(Duration.ofDays(Math.max(days, AnnouncementService.LISTED_DAYS))))
                : Optional.empty();
    }
}
