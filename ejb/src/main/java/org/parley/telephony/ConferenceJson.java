package org.parley.telephony;

import java.util.ArrayList;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The JSON form of a conference call, as REST answers it and the {@code conference} user event carries it. */
public final class ConferenceJson {

    private ConferenceJson() {
    }

    public static JsonObject of(ConferenceView v) {
        var participants = Json.createArrayBuilder();
        for (var p : v.participants()) {
            participants.add(Json.createObjectBuilder().add("user", p.user()).add("state", p.state().wireName())
                    .add("muted", p.muted()).add("talking", p.talking()).add("reason", p.reason()));
        }
        return Json.createObjectBuilder().add("id", v.id()).add("initiator", v.initiator())
                .add("controller", v.controller()).add("origin", v.origin()).add("address", v.address())
                .add("state", v.ended() ? "ended" : "active").add("seq", v.seq()).add("participants", participants).build();
    }

    /** The conference {@link #of} wrote (a server relaying another's answer reads it back). */
    public static ConferenceView read(JsonObject json) {
        var participants = new ArrayList<ConferenceParticipant>();
        for (var p : json.getJsonArray("participants").getValuesAs(JsonObject.class)) {
            participants.add(new ConferenceParticipant(p.getString("user"), ParticipantState.ofWireName(p.getString("state")),
                    p.getBoolean("muted"), p.getBoolean("talking"), p.getString("reason")));
        }
        return new ConferenceView(json.getString("id"), json.getString("initiator"), json.getString("controller"),
                json.getString("origin"), json.getString("address"), "ended".equals(json.getString("state")),
                participants, json.getJsonNumber("seq").longValue());
    }
}
