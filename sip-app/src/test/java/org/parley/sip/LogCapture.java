package org.parley.sip;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Collects the records a JUL logger (and its children) publishes while open; restores the level on close. */
final class LogCapture extends Handler implements AutoCloseable {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(String loggerName, Level level) {
        logger = Logger.getLogger(loggerName);
        previousLevel = logger.getLevel();
        setLevel(Level.ALL);
        if (level != null) {
            logger.setLevel(level);
        }
        logger.addHandler(this);
    }

    /** Captures what {@code loggerName} logs at its current (usually inherited INFO) level. */
    static LogCapture of(String loggerName) {
        return new LogCapture(loggerName, null);
    }

    /** Captures what {@code loggerName} logs after setting it to {@code level}. */
    static LogCapture of(String loggerName, Level level) {
        return new LogCapture(loggerName, level);
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Records at {@code level} or above, with their parameters filled in. */
    List<String> messagesAtOrAbove(Level level) {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= level.intValue())
                .map(r -> FORMATTER.formatMessage(r))
                .toList();
    }

    @Override
    public void publish(LogRecord logRecord) {
        records.add(logRecord);
    }

    @Override
    public void flush() {
        // kept in memory
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
