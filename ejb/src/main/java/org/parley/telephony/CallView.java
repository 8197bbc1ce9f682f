package org.parley.telephony;

/**
 * A click-to-call as its user sees it.
 *
 * @param id the call's id
 * @param to whom it calls: a user id or a number
 * @param from where the user is rung: "device" or a number
 * @param state where it stands
 * @param reason why it ended when it did not connect or ended early, else empty
 */
public record CallView(String id, String to, String from, CallState state, String reason) {
}
