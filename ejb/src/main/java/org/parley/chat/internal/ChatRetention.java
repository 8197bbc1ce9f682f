package org.parley.chat.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps chat history no longer than parley.chat.retention.days (0: for ever): a non-persistent
 * timer on every server deletes older messages in batches, with their files, and announcements
 * as {@link RetentionPolicy} says. Deleting is idempotent, so servers that sweep at once do no harm.
 */
@Singleton
@Startup
public class ChatRetention {

    private static final Logger LOG = Logger.getLogger(ChatRetention.class.getName());
    private static final int BATCH = 500;

    @EJB
    ChatPurger purger;

    @Inject
    FileVault vault;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "parley.chat.retention.days", defaultValue = "365")
    int days;

    @Inject
    @ConfigProperty(name = "parley.chat.retention.sweepMinutes", defaultValue = "60")
    int sweepMinutes;

    @PostConstruct
    void start() {
        long interval = Duration.ofMinutes(Math.max(1, sweepMinutes)).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("chat-retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            var now = Instant.now();
            var policy = new RetentionPolicy(days);
            int removed = policy.messagesBefore(now).map(this::purgeMessages).orElse(0);
            int announcements = policy.announcementsBefore(now).map(purger::announcementsBefore).orElse(0);
            if (removed + announcements > 0) {
                LOG.log(Level.INFO, "Retention removed {0} messages and {1} announcements",
                        new Object[] {removed, announcements});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The chat retention sweep failed; the next one retries", e);
        }
    }

    private int purgeMessages(Instant cutoff) {
        int total = 0;
        while (true) {
            var gone = purger.messagesBefore(cutoff, BATCH);
            gone.stream().map(m -> m.file()).filter(Objects::nonNull).forEach(f -> vault.delete(f.id()));
            total += gone.size();
            if (gone.size() < BATCH) {
                return total;
            }
        }
    }
}
