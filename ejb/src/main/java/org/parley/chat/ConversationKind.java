package org.parley.chat;

/** The two kinds of conversation. */
public enum ConversationKind {
    /** Two people; one per pair, created on first use. */
    DIRECT("direct"),
    /** A titled group chat that members invite others to and leave. */
    GROUP("group");

    private final String wireName;

    ConversationKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
