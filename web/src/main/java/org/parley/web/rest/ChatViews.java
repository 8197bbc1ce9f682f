package org.parley.web.rest;

import java.util.List;

import org.parley.json.Jsons;
import jakarta.json.JsonObject;

import org.parley.chat.ChatJson;
import org.parley.chat.ChatMessage;
import org.parley.chat.HistoryPage;
import org.parley.chat.Sent;

/** JSON answers of the chat API, built from the same shapes as the WebSocket events. */
final class ChatViews {

    private ChatViews() {
    }

    static JsonObject page(String conversation, HistoryPage page) {
        return Jsons.createObjectBuilder().add("conversation", conversation).add("messages", array(page.messages()))
                .add("more", page.more()).build();
    }

    static JsonObject messages(List<ChatMessage> messages) {
        return Jsons.createObjectBuilder().add("messages", array(messages)).build();
    }

    private static jakarta.json.JsonArrayBuilder array(List<ChatMessage> messages) {
        var a = Jsons.createArrayBuilder();
        messages.forEach(m -> a.add(ChatJson.message(m)));
        return a;
    }

    static JsonObject sent(Sent s) {
        return Jsons.createObjectBuilder(ChatJson.message(s.message())).add("duplicate", s.duplicate()).build();
    }
}
