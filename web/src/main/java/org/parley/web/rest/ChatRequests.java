package org.parley.web.rest;

import java.util.List;

/** The bodies of chat requests. */
public final class ChatRequests {

    private ChatRequests() {
    }

    /**
     * A message to send.
     *
     * @param body the text: the safe HTML subset, or plain text with format "text"
     * @param format "html" (default) or "text"
     * @param clientId the client's id for the message; a retry with the same id is not stored twice
     */
    public record SendMessage(String body, String format, String clientId) {
    }

    /**
     * A group chat to start.
     *
     * @param title its title
     * @param members the people besides the caller
     * @param origin a conversation of the caller to escalate (optional)
     */
    public record NewGroup(String title, List<String> members, String origin) {
    }

    /** @param users the people to invite */
    public record Invite(List<String> users) {
    }

    /** @param seq the caller read up to this sequence number */
    public record ReadUpTo(Long seq) {
    }

    /**
     * An announcement.
     *
     * @param text the text (the safe HTML subset)
     * @param group a directory group, or null for everyone
     */
    public record NewAnnouncement(String text, String group) {
    }
}
