package org.parley.directory.ldap;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;

import org.parley.error.ParleyException;

/**
 * One bounded pool of LDAP connections over the fail-over list of servers. At most
 * {@code size} operations run at once and {@code maxWaiting} wait for a connection, each for at
 * most the timeout; beyond, operations are refused at once. After the directory could not be
 * reached, operations are refused for {@code retryMillis} instead of each waiting for a
 * timeout, then one is let through to try again. The pool is made on first use and made anew
 * after a failure, so Parley starts while the directory is down and recovers when it returns.
 * Thread safety: the UnboundID pool is thread-safe; its reference is guarded by this object's
 * monitor, which is only taken by operations that hold a permit, so it is never contended by
 * more than the bound.
 */
final class LdapConnections implements AutoCloseable {

    /** An operation on one connection. */
    @FunctionalInterface
    interface Call<T> {
        T on(LDAPConnection connection) throws LDAPException;
    }

    private static final Logger LOG = Logger.getLogger(LdapConnections.class.getName());

    private final String name;
    private final LdapSettings settings;
    private final SimpleBindRequest bind;
    private final int size;
    private final Semaphore permits;
    private final LongSupplier clock;
    private final AtomicInteger inUse = new AtomicInteger();
    private final AtomicInteger peakInUse = new AtomicInteger();
    private final LongAdder operations = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private volatile long refuseUntil;
    private volatile boolean available = true;
    /** Whether an operation is trying a directory that was taken as down. */
    private final java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean();
    private LDAPConnectionPool pool;

    /**
     * @param bind how each connection authenticates when opened, or null for none
     * @param size the most connections
     */
    LdapConnections(String name, LdapSettings settings, SimpleBindRequest bind, int size, LongSupplier millisClock) {
        this.name = name;
        this.settings = settings;
        this.bind = bind;
        this.size = size;
        this.permits = new Semaphore(size + settings.maxWaiting());
        this.clock = millisClock;
    }

    /** Runs the call on a pooled connection; an LDAP result that is an answer comes back as the exception. */
    <T> T run(Call<T> call) throws LDAPException {
        boolean probe = refuseWhileDown();
        if (!permits.tryAcquire()) {
            if (probe) {
                probing.set(false);
            }
            refused.increment();
            throw new ParleyException.Unavailable("The directory is busy; try again shortly");
        }
        try {
            return attempt(call, true);
        } finally {
            if (probe) {
                probing.set(false);
            }
            permits.release();
        }
    }

    /**
     * Refuses at once while the directory is taken as down; once the refusal period is over, one
     * operation at a time is let through to try it, and the others are refused until one succeeds.
     */
    private boolean refuseWhileDown() {
        refuseDuringRefusal();
        if (available) {
            return false;
        }
        if (!probing.compareAndSet(false, true)) {
            refused.increment();
            throw new ParleyException.Unavailable("The directory cannot be reached; retrying shortly");
        }
        return true;
    }

    private void refuseDuringRefusal() {
        if (clock.getAsLong() < refuseUntil) {
            refused.increment();
            throw new ParleyException.Unavailable("The directory cannot be reached; retrying shortly");
        }
    }

    private <T> T attempt(Call<T> call, boolean mayRetry) throws LDAPException {
        LDAPConnectionPool from;
        LDAPConnection connection;
        try {
            from = pool();
            connection = from.getConnection();
        } catch (LDAPException e) {
            if (inUse.get() >= size) {
                // Every connection stayed busy for the whole wait: the directory is slow, not gone.
                refused.increment();
                throw new ParleyException.Unavailable("The directory is busy; try again shortly");
            }
            throw unreachable(e);
        }
        int now = inUse.incrementAndGet();
        peakInUse.accumulateAndGet(now, Math::max);
        operations.increment();
        T result;
        try {
            result = call.on(connection);
        } catch (LDAPException e) {
            inUse.decrementAndGet();
            from.releaseConnectionAfterException(connection, e);
            if (e.getResultCode().isConnectionUsable()) {
                available = true;
                throw e;
            }
            if (!mayRetry || e.getResultCode() == ResultCode.TIMEOUT) {
                throw unreachable(e);
            }
            // A connection the server dropped (it restarted): start over once on a fresh one.
            reset();
            return attempt(call, false);
        } catch (RuntimeException e) {
            inUse.decrementAndGet();
            from.releaseConnection(connection);
            throw e;
        }
        // No longer counted before it goes back to the pool: another operation may take it at
        // once, and counting it until after the release counted one connection twice (the
        // figure read above the pool's size while the pool never opened more than its size).
        inUse.decrementAndGet();
        from.releaseConnection(connection);
        available = true;
        return result;
    }

    private ParleyException.Unavailable unreachable(LDAPException e) {
        failures.increment();
        available = false;
        refuseUntil = clock.getAsLong() + settings.retryMillis();
        LOG.log(Level.WARNING, "Directory ({0} connections) failed: {1}; refusing for {2} ms",
                new Object[] {name, e.getMessage(), settings.retryMillis()});
        reset();
        return new ParleyException.Unavailable(e.getResultCode() == ResultCode.TIMEOUT
                ? "The directory did not answer in time" : "The directory cannot be reached");
    }

    private synchronized LDAPConnectionPool pool() throws LDAPException {
        if (pool == null) {
            // Operations that queued here while another found the directory down give up at once
            // rather than each waiting for its own timeout.
            refuseDuringRefusal();
            var created = new LDAPConnectionPool(serverSet(), bind, 1, size);
            created.setCreateIfNecessary(false);
            created.setMaxWaitTimeMillis(settings.timeoutMillis());
            created.setConnectionPoolName("parley-" + name);
            pool = created;
        }
        return pool;
    }

    private ServerSet serverSet() {
        var options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(settings.timeoutMillis());
        options.setResponseTimeoutMillis(settings.timeoutMillis());
        var servers = settings.servers();
        var hosts = servers.stream().map(LdapSettings.Server::host).toArray(String[]::new);
        var ports = servers.stream().mapToInt(LdapSettings.Server::port).toArray();
        return new FailoverServerSet(hosts, ports, options);
    }

    /**
     * Forgets the pool and closes it on a thread of its own, without unbinding: closing the
     * connections of a directory that stopped answering can take seconds, and no operation may
     * wait for that.
     */
    private void reset() {
        LDAPConnectionPool old;
        synchronized (this) {
            old = pool;
            pool = null;
        }
        if (old != null) {
            var closer = new Thread(() -> old.close(false, 1), "parley-ldap-close-" + name);
            closer.setDaemon(true);
            closer.start();
        }
    }

    long operations() {
        return operations.sum();
    }

    long failures() {
        return failures.sum();
    }

    long refused() {
        return refused.sum();
    }

    int size() {
        return size;
    }

    int inUse() {
        return inUse.get();
    }

    int peakInUse() {
        return peakInUse.get();
    }

    boolean available() {
        return available;
    }

    @Override
    public void close() {
        reset();
    }
}
