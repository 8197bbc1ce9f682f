package org.parley.sip.internal;

import gov.nist.javax.sip.EventWrapper;
import gov.nist.javax.sip.SipStackImpl;
import javax.sip.IOExceptionEvent;
import javax.sip.SipStack;

/** Stops a NIST stack completely, working around the event scanner thread it leaves behind. */
public final class StackShutdown {

    private StackShutdown() {
    }

    /**
     * Stops {@code stack}. NIST's {@code stop()} flags its event scanner as stopped but leaves the
     * scanner's non-daemon thread blocked on an empty queue for ever, one leaked thread per stop (and
     * a JVM that never exits). After {@code stop()} this offers the scanner one inert event, delivered
     * to no listener, so that the thread wakes, sees the flag and ends.
     */
    public static void stop(SipStack stack) {
        var scanner = stack instanceof SipStackImpl nist ? nist.getEventScanner() : null;
        stack.stop();
        if (scanner != null) {
            scanner.addEvent(new EventWrapper(new IOExceptionEvent(stack, "", 0, "shutdown"), null));
        }
    }
}
