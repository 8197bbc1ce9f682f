package org.parley.sip.internal;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.SipStack;

/**
 * Routes the NIST stack's message trace to java.util.logging (logger {@code org.parley.sip.messages}
 * at FINE) so that no log4j is needed. The stack only calls it when {@link JulStackLogger} is at FINE.
 */
public final class JulServerLogger implements ServerLogger {

    static final Logger LOG = Logger.getLogger("org.parley.sip.messages");

    /** Called by the stack through reflection. */
    public JulServerLogger() {
        // stateless
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        logMessage(message, from, to, null, sender, time);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        logMessage(message, from, to, status, sender, System.currentTimeMillis());
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "SIP {0} {1} -> {2} at {3,number,#} (transaction {4}):\n{5}", new Object[] {
                sender ? "sent" : "received", from, to, time, status, message.encode()});
        }
    }

    @Override
    public void logException(Exception ex) {
        LOG.log(Level.FINE, "JAIN-SIP message exception", ex);
    }

    @Override
    public void closeLogFile() {
        // nothing to close: java.util.logging owns the handlers
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // levels come from java.util.logging
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // the stack name is not needed in the trace
    }
}
