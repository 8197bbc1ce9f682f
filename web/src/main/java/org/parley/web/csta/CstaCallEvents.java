package org.parley.web.csta;

import static org.parley.web.csta.CstaEncoder.connection;
import static org.parley.web.csta.CstaEncoder.csta;
import static org.parley.web.csta.CstaEncoder.device;
import static org.parley.web.csta.CstaEncoder.element;
import static org.parley.web.csta.CstaEncoder.escape;

import java.util.List;

import jakarta.json.JsonObject;

/**
 * The ECMA-269 call events of one click-to-call state change, for the monitor of the user who
 * placed it ({@code call} user events: {@code ringing}, {@code calling}, {@code connected},
 * {@code refused}, {@code failed}, {@code ended}): ringing is ServiceInitiated at the user's
 * device; calling (the user answered, the called party rings) is Originated then Delivered at
 * the called device; connected is Established; refused and failed are Failed (cause busy, or
 * callNotAnswered / destinationNotObtainable); ended is ConnectionCleared (normalClearing). The
 * call's CSTA callID is the click-to-call id. Stateless; thread-safe.
 */
final class CstaCallEvents {

    /** The events for the monitored {@code user}, in the order they are sent. */
    List<String> of(String crossRefId, String user, JsonObject call) {
        var id = call.getString("id", "");
        var to = call.getString("to", "");
        var reason = call.getString("reason", "");
        var ref = element("monitorCrossRefID", escape(crossRefId));
        return switch (call.getString("state", "")) {
            case "ringing" -> List.of(csta("ServiceInitiatedEvent", ref
                    + element("initiatedConnection", connection(id, user)) + device("initiatingDevice", user)
                    + element("localConnectionInfo", "initiated") + element("cause", "makeCall")));
            case "calling" -> List.of(
                    csta("OriginatedEvent", ref + element("originatedConnection", connection(id, user))
                            + device("callingDevice", user) + device("calledDevice", to)
                            + element("localConnectionInfo", "connected") + element("cause", "makeCall")),
                    csta("DeliveredEvent", ref + element("connection", connection(id, to)) + device("alertingDevice", to)
                            + device("callingDevice", user) + device("calledDevice", to) + notRedirected()
                            + element("localConnectionInfo", "connected") + element("cause", "newCall")));
            case "connected" -> List.of(csta("EstablishedEvent", ref
                    + element("establishedConnection", connection(id, to)) + device("answeringDevice", to)
                    + device("callingDevice", user) + device("calledDevice", to) + notRedirected()
                    + element("localConnectionInfo", "connected") + element("cause", "newCall")));
            case "refused", "failed" -> List.of(csta("FailedEvent", ref
                    + element("failedConnection", connection(id, to)) + device("failingDevice", to)
                    + device("callingDevice", user) + device("calledDevice", to) + notRedirected()
                    + element("localConnectionInfo", "null") + element("cause", failureCause(call.getString("state"), reason))));
            case "ended" -> List.of(csta("ConnectionClearedEvent", ref
                    + element("droppedConnection", connection(id, user)) + device("releasingDevice", user)
                    + element("localConnectionInfo", "null") + element("cause", "normalClearing")));
            default -> List.of();
        };
    }

    private static String notRedirected() {
        return element("lastRedirectionDevice", "<notRequired/>");
    }

    private static String failureCause(String state, String reason) {
        if ("refused".equals(state)) {
            return "busy";
        }
        return reason.contains("did not answer") ? "callNotAnswered" : "destinationNotObtainable";
    }
}
