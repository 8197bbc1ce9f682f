package org.parley.chat.internal;

import java.io.InputStream;
import java.nio.file.Files;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.chat.FileService;
import org.parley.chat.MessageService;
import org.parley.chat.MessageStore;
import org.parley.chat.Sent;
import org.parley.chat.StoredFile;
import org.parley.error.ParleyException;

/**
 * Files in conversations. An upload streams outside any transaction (a slow client holds no
 * lock and no database connection), then the message that carries the file is sent in a
 * transaction of its own; a file whose message cannot be sent is deleted again. A plain CDI
 * bean rather than an enterprise bean: nothing here needs a transaction of its own, and a
 * refused upload is then no transaction to roll back.
 */
@ApplicationScoped
public class FileServiceBean implements FileService {

    @EJB
    ChatAccess access;

    @EJB
    MessageService sender;

    @Inject
    FileVault vault;

    @Inject
    MessageStore messages;

    @Override
    public Sent upload(String caller, String conversationId, String name, InputStream content) {
        var conversation = access.requireMember(caller, conversationId);
        var file = vault.receive(name, content);
        try {
            return sender.sendFile(caller, conversation.id(), file);
        } catch (RuntimeException e) {
            vault.delete(file.id());
            throw e;
        }
    }

    @Override
    public StoredFile open(String caller, String conversationId, String fileId) {
        var conversation = access.requireMember(caller, conversationId);
        var message = messages.withFile(conversation.id(), fileId)
                .orElseThrow(() -> new ParleyException.NotFound("No file " + fileId + " in " + conversationId));
        var path = vault.path(message.file().id());
        if (!Files.isRegularFile(path)) {
            throw new ParleyException.NotFound("The file " + fileId + " is no longer kept");
        }
        return new StoredFile(message.file(), path);
    }
}
