package org.parley.chat;

import java.time.Instant;

/**
 * An administrator's announcement.
 *
 * @param id its id
 * @param author the administrator
 * @param group the directory group it is for, empty for everyone
 * @param html the sanitized rich text
 * @param text the plain text
 * @param sent when
 */
public record Announcement(String id, String author, String group, String html, String text, Instant sent) {
}
