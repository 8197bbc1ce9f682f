package org.parley.chat;

/**
 * Message text in its two stored forms.
 *
 * @param html the safe HTML subset clients show
 * @param text the plain text
 */
public record RichText(String html, String text) {
}
