package org.parley.chat;

import org.parley.error.ParleyException;

/**
 * A message to send: to a conversation, or to a person (their one-to-one conversation).
 *
 * @param conversationId the conversation, or null when {@code to} is given
 * @param to the person, or null when {@code conversationId} is given
 * @param body the text: a safe HTML subset, or plain text
 * @param format "html" (default) or "text"
 * @param clientId the client's id for the message (optional, at most 64 characters); a retry with
 *        the same id is answered with the message already stored
 */
public record SendCommand(String conversationId, String to, String body, String format, String clientId) {

    /** The longest client message id. */
    public static final int MAX_CLIENT_ID = 64;

    public SendCommand {
        if ((conversationId == null) == (to == null)) {
            throw new ParleyException.Invalid("Name either a conversation or a person to send to");
        }
        if (body == null || body.isBlank()) {
            throw new ParleyException.Invalid("A message needs a body");
        }
        format = format == null ? "html" : format;
        if (!format.equals("html") && !format.equals("text")) {
            throw new ParleyException.Invalid("The format is html or text");
        }
        if (clientId != null && (clientId.isBlank() || clientId.length() > MAX_CLIENT_ID
                || clientId.chars().anyMatch(Character::isISOControl))) {
            throw new ParleyException.Invalid("A client message id is 1 to " + MAX_CLIENT_ID + " printable characters");
        }
    }

    public boolean plainText() {
        return format.equals("text");
    }
}
