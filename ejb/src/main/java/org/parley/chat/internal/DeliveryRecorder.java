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
 * that arrive before it runs only raise the mark it writes.
 * <p>Thread safety: a concurrent map of marks; an add that finds no mark (atomically, in
 * {@code compute}) schedules the write, so a mark is never left without a write to take it.
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
        var key = new Key(user, conversationId);
        var fresh = new boolean[1];
        pending.compute(key, (k, mark) -> {
            fresh[0] = mark == null;
            return mark == null ? seq : Math.max(mark, seq);
        });
        if (fresh[0]) {
            try {
                writer.writeLater(key.user(), key.conversationId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not schedule recording a delivery to " + user, e);
            }
        }
    }

    /** Takes the mark to write for a member, if one is still pending. */
    public Long take(String user, String conversationId) {
        return pending.remove(new Key(user, conversationId));
    }

    /** Writes every pending mark of the user now, in the caller's transaction. */
    public void flush(String user) {
        for (var key : List.copyOf(pending.keySet())) {
            if (key.user().equals(user)) {
                var seq = pending.remove(key);
                if (seq != null) {
                    writer.write(key.user(), key.conversationId(), seq);
                }
            }
        }
    }
}
