package org.parley.sip.internal;

import gov.nist.core.StackLogger;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes the NIST stack's own logging to java.util.logging (logger {@code org.parley.sip.stack}) so
 * that no log4j is needed. Quiet by default: only the stack's fatal errors map to WARNING. Its errors,
 * warnings, INFO and exception traces map to FINE: most are about a peer's bad message (a log flood a
 * remote party could cause) or about a failure the stack also throws to the edge, which logs it
 * once. DEBUG maps to FINER and TRACE to FINEST. Set the logger to FINE to see stack
 * activity and (through {@link JulServerLogger}) message traces.
 */
public final class JulStackLogger implements StackLogger {

    static final Logger LOG = Logger.getLogger("org.parley.sip.stack");

    private volatile boolean enabled = true;

    /** Called by the stack through reflection. */
    public JulStackLogger() {
        // no state beyond the switch
    }

    static Level julLevel(int stackLevel) {
        if (stackLevel <= TRACE_FATAL) {
            return Level.WARNING;
        } else if (stackLevel <= TRACE_INFO) {
            return Level.FINE;
        } else if (stackLevel <= TRACE_DEBUG) {
            return Level.FINER;
        }
        return Level.FINEST;
    }

    @Override
    public boolean isLoggingEnabled() {
        return enabled;
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return enabled && LOG.isLoggable(julLevel(logLevel));
    }

    private void log(int stackLevel, String message, Throwable thrown) {
        if (enabled) {
            LOG.log(julLevel(stackLevel), message, thrown);
        }
    }

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int traceLevel) {
        log(traceLevel, "JAIN-SIP call site", new Throwable("call site"));
    }

    /** At FINE: the stack logs here the exceptions that it also throws to its caller, who logs them. */
    @Override
    public void logException(Throwable ex) {
        log(TRACE_INFO, "JAIN-SIP exception", ex);
    }

    @Override
    public void logDebug(String message) {
        log(TRACE_DEBUG, message, null);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        log(TRACE_DEBUG, message, ex);
    }

    @Override
    public void logTrace(String message) {
        log(TRACE_TRACE, message, null);
    }

    @Override
    public void logFatalError(String message) {
        log(TRACE_FATAL, message, null);
    }

    @Override
    public void logError(String message) {
        log(TRACE_ERROR, message, null);
    }

    @Override
    public void logError(String message, Exception ex) {
        log(TRACE_ERROR, message, ex);
    }

    @Override
    public void logWarning(String message) {
        log(TRACE_WARN, message, null);
    }

    @Override
    public void logInfo(String message) {
        log(TRACE_INFO, message, null);
    }

    @Override
    public void disableLogging() {
        enabled = false;
    }

    @Override
    public void enableLogging() {
        enabled = true;
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        LOG.log(Level.FINE, "JAIN-SIP build {0}", buildTimeStamp);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // levels come from java.util.logging, not from gov.nist.javax.sip.TRACE_LEVEL
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
