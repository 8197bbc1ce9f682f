package org.parley.sip.internal;

import java.util.Properties;

/** The JAIN-SIP properties every Parley stack is created with. */
public final class StackProperties {

    /**
     * Worker threads that read UDP datagrams and TCP messages and run the listener. Handlers wait
     * on the database (a registration is a committed write), so this also bounds the SIP
     * transactions in flight; it stays below the database pool (parley.db.maxPoolSize, 50).
     */
    static final int THREAD_POOL_SIZE = 32;
    /** Largest message accepted on a stream transport, so a peer cannot exhaust the heap. */
    static final int MAX_MESSAGE_SIZE = 65_536;
    /**
     * TCP connections served at once; beyond it the stack stops accepting. SIP sockets share the
     * process's 20,000 open-file cap with Liberty, which breaks when the cap is reached.
     */
    static final int MAX_TCP_CONNECTIONS = 2_000;

    private StackProperties() {
    }

    /**
     * Properties for a stack named {@code stackName}. No {@code javax.sip.IP_ADDRESS}: with it the
     * JAIN-SIP 1.2 {@code SipFactory} hands out any existing stack with the same address, whatever its
     * name. Handlers decide about dialogs, so automatic dialog support is off; the listener is
     * stateless, so it may be called re-entrantly from the worker threads.
     */
    public static Properties forStack(String stackName) {
        var properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", stackName);
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", JulStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JulServerLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(THREAD_POOL_SIZE));
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(MAX_MESSAGE_SIZE));
        properties.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", Integer.toString(MAX_TCP_CONNECTIONS));
        // NIST raises its I/O threads to MAX_PRIORITY by default; inside a server, be an ordinary citizen
        properties.setProperty("gov.nist.javax.sip.THREAD_PRIORITY", Integer.toString(Thread.NORM_PRIORITY));
        return properties;
    }
}
