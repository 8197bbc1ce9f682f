package org.parley.telephony.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.parley.error.ParleyException;
import org.parley.telephony.ConferenceJson;
import org.parley.telephony.ConferenceService;
import org.parley.telephony.ConferenceView;

/**
 * One conference request that a server which does not host the conference relays to the host,
 * with its JSON form both ways: the request, and the answer (a conference, a flag, nothing, or
 * the host's refusal as kind and detail). Immutable.
 *
 * @param op what is asked
 * @param user who asks (for the meeting operations without a caller: empty)
 * @param target the conference's id, or for the meeting operations the meeting's id
 * @param participant whom it is about (mute, hang up; the one left out of a meeting's mute-all), else empty
 * @param muted mute or unmute
 */
record ConferenceCall(Op op, String user, String target, String participant, boolean muted) {

    /** The requests that are relayed: those about a conference that already has a host. */
    enum Op {
        START_FROM_MEETING, JOIN_MEETING, GET, MUTE, MUTE_ALL, HANG_UP, END, MUTE_IN_MEETING, MUTE_ALL_IN_MEETING
    }

    JsonObject toJson() {
        return Json.createObjectBuilder().add("op", op.name()).add("user", user).add("target", target)
                .add("participant", participant).add("muted", muted).build();
    }

    static ConferenceCall of(JsonObject json) {
        return new ConferenceCall(Op.valueOf(json.getString("op")), json.getString("user"),
                json.getString("target"), json.getString("participant"), json.getBoolean("muted"));
    }

    /** Runs the request against {@code service} and writes its answer, a refusal included. */
    JsonObject answer(ConferenceService service) {
        try {
            return switch (op) {
                case START_FROM_MEETING -> view(service.startFromMeeting(user, target));
                case JOIN_MEETING -> view(service.joinMeeting(user, target));
                case GET -> view(service.get(user, target));
                case MUTE -> view(service.mute(user, target, participant, muted));
                case MUTE_ALL -> view(service.muteAll(user, target));
                case HANG_UP -> view(service.hangUp(user, target, participant));
                case END -> {
                    service.end(user, target);
                    yield Json.createObjectBuilder().build();
                }
                case MUTE_IN_MEETING -> flag(service.muteInMeeting(target, participant, muted));
                case MUTE_ALL_IN_MEETING -> flag(service.muteAllInMeeting(target, participant));
            };
        } catch (ParleyException e) {
            return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("kind", e.kind())
                    .add("detail", String.valueOf(e.getMessage()))).build();
        }
    }

    /** The conference an answer carries; a refusal is thrown as the host threw it. */
    static ConferenceView viewOf(JsonObject answer) {
        refusal(answer);
        return ConferenceJson.read(answer.getJsonObject("view"));
    }

    /** The flag an answer carries; a refusal is thrown as the host threw it. */
    static boolean flagOf(JsonObject answer) {
        refusal(answer);
        return answer.getBoolean("flag");
    }

    /** Throws the host's refusal, if the answer is one. */
    static void refusal(JsonObject answer) {
        var error = answer.getJsonObject("error");
        if (error == null) {
            return;
        }
        var detail = error.getString("detail");
        throw switch (error.getString("kind")) {
            case "not-found" -> new ParleyException.NotFound(detail);
            case "forbidden" -> new ParleyException.Forbidden(detail);
            case "invalid" -> new ParleyException.Invalid(detail);
            case "unavailable" -> new ParleyException.Unavailable(detail);
            default -> new ParleyException.Conflict(error.getString("kind"), detail);
        };
    }

    private static JsonObject view(ConferenceView v) {
        return Json.createObjectBuilder().add("view", ConferenceJson.of(v)).build();
    }

    private static JsonObject flag(boolean value) {
        return Json.createObjectBuilder().add("flag", value).build();
    }
}
