package org.parley.meetings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.meetings.MeetingStore;
import org.parley.meetings.RecordingStore;

/**
 * The retention policy: recordings are kept parley.meetings.recordings.retentionDays days from
 * their start, the event logs of ended meetings parley.meetings.retentionDays days from their
 * end (0: for ever); a non-persistent timer on every server sweeps every sweepMinutes. Deleting
 * is idempotent, so servers sweeping at once do no harm.
 */
@Singleton
@Startup
public class MeetingRetention {

    private static final Logger LOG = Logger.getLogger(MeetingRetention.class.getName());

    @Inject
    RecordingStore recordings;

    @Inject
    MeetingStore meetings;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "parley.meetings.recordings.retentionDays", defaultValue = "90")
    int recordingDays;

    @Inject
    @ConfigProperty(name = "parley.meetings.retentionDays", defaultValue = "365")
    int meetingDays;

    @Inject
    @ConfigProperty(name = "parley.meetings.retention.sweepMinutes", defaultValue = "60")
    int sweepMinutes;

    @PostConstruct
    void start() {
        long interval = Duration.ofMinutes(Math.max(1, sweepMinutes)).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("meeting-retention", false));
    }

    @Timeout
    void sweep() {
        try {
            var now = Instant.now();
            int gone = recordingDays > 0 ? recordings.deleteStartedBefore(now.minus(Duration.ofDays(recordingDays))) : 0;
            int logs = meetingDays > 0 ? meetings.purgeEndedBefore(now.minus(Duration.ofDays(meetingDays))) : 0;
            if (gone + logs > 0) {
                LOG.log(Level.INFO, "Meeting retention removed {0} recordings and {1} ended meetings",
                        new Object[] {gone, logs});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The meeting retention sweep failed; the next one retries", e);
        }
    }
}
