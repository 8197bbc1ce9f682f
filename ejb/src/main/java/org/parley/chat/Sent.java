package org.parley.chat;

/**
 * The answer to a send.
 *
 * @param message the stored message
 * @param duplicate whether it was stored before (a retry with the same client id)
 */
public record Sent(ChatMessage message, boolean duplicate) {
}
