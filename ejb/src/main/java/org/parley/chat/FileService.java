package org.parley.chat;

import java.io.InputStream;

/** Files and pasted images in conversations, under the administrator's file policy. */
public interface FileService {

    /**
     * Receives a file into a conversation of the caller and sends the message that carries it.
     *
     * @throws org.parley.error.ParleyException.Limited SIZE beyond the size limit, TYPE when the
     *         content is not of an allowed type (whatever the client said it was)
     */
    Sent upload(String caller, String conversationId, String name, InputStream content);

    /**
     * A file of a conversation of the caller.
     *
     * @throws org.parley.error.ParleyException.Forbidden when the caller is not a member
     * @throws org.parley.error.ParleyException.NotFound when there is no such file (or it expired)
     */
    StoredFile open(String caller, String conversationId, String fileId);
}
