package org.parley.sip;

import java.util.function.IntConsumer;

/**
 * The application data of a client transaction the edge started: whom to tell its final status.
 *
 * @param onFinal hears the status code, 408 on a timeout
 */
public record FinalResponseCallback(IntConsumer onFinal) {
}
