package org.parley.chat.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.chat.Announcement;
import org.parley.chat.AnnouncementService;
import org.parley.chat.AnnouncementStore;
import org.parley.chat.ChatJson;
import org.parley.directory.Directory;
import org.parley.error.ParleyException;
import org.parley.error.ParleyException.Limited.Limit;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;

/** Announcements: stored, pushed to their audience's connections now, listed for a week. */
@Stateless
@Local(AnnouncementService.class)
public class AnnouncementServiceBean implements AnnouncementService {

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    @Inject
    AnnouncementStore store;

    @Inject
    Directory directory;

    @Inject
    UserEventBus bus;

    @Inject
    @ConfigProperty(name = "parley.chat.maxMessageChars", defaultValue = "8000")
    int maxChars;

    @Override
    public Announcement announce(String author, String text, String group) {
        if (text == null || text.isBlank()) {
            throw new ParleyException.Invalid("An announcement needs a text");
        }
        if (text.length() > maxChars) {
            throw new ParleyException.Limited(Limit.SIZE, "An announcement is at most " + maxChars + " characters");
        }
        var audience = group == null ? "" : group.strip();
        var members = audience.isEmpty() ? null : directory.groupMembers(audience);
        if (members != null && members.isEmpty()) {
            throw new ParleyException.NotFound("No directory group '" + audience + "' with members");
        }
        var body = SANITIZER.html(text);
        if (body.text().isBlank()) {
            throw new ParleyException.Invalid("The announcement has no text left once unsafe parts are removed");
        }
        var announcement = new Announcement(UUID.randomUUID().toString(), author, audience, body.html(), body.text(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        store.add(announcement);
        var json = ChatJson.announcement(announcement);
        bus.publish(members == null ? UserEvent.toEveryone(ChatJson.ANNOUNCEMENT, json)
                : new UserEvent(members, ChatJson.ANNOUNCEMENT, json));
        return announcement;
    }

    @Override
    public List<Announcement> recent(String viewer) {
        var groups = directory.groupsOf(viewer);
        return store.since(Instant.now().minus(Duration.ofDays(LISTED_DAYS))).stream()
                .filter(a -> a.group().isEmpty() || groups.contains(a.group())).toList();
    }
}
