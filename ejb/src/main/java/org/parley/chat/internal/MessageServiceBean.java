package org.parley.chat.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.chat.FileRef;
import org.parley.chat.MessageService;
import org.parley.chat.RichText;
import org.parley.chat.SendCommand;
import org.parley.chat.Sent;
import org.parley.error.ParleyException;
import org.parley.error.ParleyException.Limited.Limit;

/**
 * Sending: the allowance is checked first, then the text is sanitized, then the conversation is
 * locked and the message appended and published in one transaction.
 */
@Stateless
@Local(MessageService.class)
public class MessageServiceBean implements MessageService {

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    /** The stored HTML column's size; sanitizing may lengthen a message (entities, rel). */
    static final int MAX_STORED_HTML = 32_000;

    @EJB
    ChatAccess access;

    @EJB
    SendLimiter limiter;

    @EJB
    DirectConversations directs;

    @Inject
    MessageAppender appender;

    @Inject
    @ConfigProperty(name = "parley.chat.maxMessageChars", defaultValue = "8000")
    int maxChars;

    @Override
    public Sent send(String caller, SendCommand command) {
        if (command.body().length() > maxChars) {
            throw new ParleyException.Limited(Limit.SIZE, "A message is at most " + maxChars + " characters");
        }
        limiter.take(caller);
        var body = command.plainText() ? SANITIZER.plain(command.body()) : SANITIZER.html(command.body());
        if (body.text().isBlank()) {
            throw new ParleyException.Invalid("The message has no text left once unsafe parts are removed");
        }
        if (body.html().length() > MAX_STORED_HTML) {
            throw new ParleyException.Limited(Limit.SIZE, "The message is too long once formatted");
        }
        var id = command.to() != null ? directs.open(caller, command.to()).id() : command.conversationId();
        return appender.append(access.lockForSend(caller, id), caller, command.clientId(), body, null);
    }

    @Override
    public Sent sendFile(String caller, String conversationId, FileRef file) {
        limiter.take(caller);
        var text = file.name() + " (" + file.mediaType() + ", " + file.size() + " bytes)";
        var body = SANITIZER.plain(text);
        return appender.append(access.lockForSend(caller, conversationId), caller, null, new RichText(body.html(), text),
                file);
    }
}
