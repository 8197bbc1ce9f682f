package org.parley.chat.jpa;

import java.io.Serializable;
import java.util.Objects;

/** The key of a membership: conversation and user. */
public class MemberKey implements Serializable {

    private static final long serialVersionUID = 1L;

    String conversationId;
    String userId;

    public MemberKey() {
    }

    MemberKey(String conversationId, String userId) {
        this.conversationId = conversationId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberKey k && Objects.equals(conversationId, k.conversationId)
                && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conversationId, userId);
    }
}
