package org.parley.telephony;

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
}
