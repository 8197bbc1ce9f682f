package org.parley.chat.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;

/**
 * Deliveries this server saw and has not recorded yet. A burst of messages to one member's
 * conversation becomes one write: the first delivery starts an asynchronous write, and the ones
 * that arrive before it is done only raise the mark. A mark stays here until it is written, so
 * that {@link #flush} (when the member connects again) never misses one that is being written.
 * <p>Thread safety: a concurrent map of marks; an add that finds no mark (atomically, in
 * {@code compute}) schedules the write, and a write that finds its mark raised meanwhile
 * schedules another, so a mark is never left without a write to take it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryRecorder {

    private static final Logger LOG = Logger.getLogger(DeliveryRecorder.class.getName());

    /** A member of a conversation. */
    record Key(String user, String conversationId) {
    }

    private final Map<Key, Long> pending = new ConcurrentHashMap<>();

    @EJB
    DeliveryWriter writer;

    public void add(String user, String conversationId, long seq) {
        var fresh = new boolean[1];
        pending.compute(new Key(user, conversationId), (k, mark) -> {
            fresh[0] = mark == null;
            return mark == null ? seq : Math.max(mark, seq);
        });
        if (fresh[0]) {
            schedule(user, conversationId);
        }
    }

    /** The mark waiting to be written for a member, or null. */
    public Long pending(String user, String conversationId) {
        return pending.get(new Key(user, conversationId));
    }

    /** The mark was written: forget it, or write again if it was raised meanwhile. */
    public void written(String user, String conversationId, long seq) {
        var key = new Key(user, conversationId);
        if (!pending.remove(key, seq) && pending.containsKey(key)) {
            schedule(user, conversationId);
        }
    }

    /** Writes every pending mark of the user now, in the caller's transaction. */
    public void flush(String user) {
        for (var key : List.copyOf(pending.keySet())) {
            var seq = key.user().equals(user) ? pending.get(key) : null;
            if (seq != null) {
                writer.write(key.user(), key.conversationId(), seq);
                pending.remove(key, seq);
            }
        }
    }

    private void schedule(String user, String conversationId) {
        try {
            writer.writeLater(user, conversationId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not schedule recording a delivery to " + user, e);
        }
    }
}
