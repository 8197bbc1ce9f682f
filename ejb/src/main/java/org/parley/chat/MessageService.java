package org.parley.chat;

/** Sending messages. */
public interface MessageService {

    /**
     * Stores a message and delivers it to every member on every server.
     *
     * @throws org.parley.error.ParleyException.Conflict of kind "recipient-dnd" when the
     *         one-to-one partner is on Do Not Disturb and has not excepted the caller
     * @throws org.parley.error.ParleyException.Limited when the caller sends too fast (RATE) or
     *         the message is too long (SIZE)
     */
    Sent send(String caller, SendCommand command);

    /** Stores and delivers a message that carries a file already received. */
    Sent sendFile(String caller, String conversationId, FileRef file);
}
