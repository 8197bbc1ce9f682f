package org.parley.ops;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Clean-up steps of an edge that is stopping. The application's modules stop one after another,
 * so an edge that leaves a service of another module (unregisters a listener, detaches from a
 * board) may find that service already stopped; the container then throws. That is no failure:
 * what was registered stopped with the service. Such a step must not end the edge's stop either,
 * or what comes after it (hanging up calls, closing the mixer) would be skipped.
 */
public final class Shutdown {

    private Shutdown() {
    }

    /** Runs the step; a failure is logged at FINE and the stop goes on. */
    public static void leave(Runnable step, Logger log, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.log(Level.FINE, what + ": the service had stopped first", e);
        }
    }
}
