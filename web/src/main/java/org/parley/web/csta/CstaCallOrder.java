package org.parley.web.csta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Puts the click-to-call states one session hears back in their order. The user events of a
 * call may arrive out of order (servers deliver them on several threads), but a call only moves
 * forward: ringing, calling, connected, then one final state. A state behind the call's latest
 * is dropped; one ahead brings the states it skipped first (calling before ringing gives
 * ringing, then calling); a final state ends the call (a connected that arrives after it is
 * dropped; a final state cannot tell whether the call was connected, so none is made up).
 * Remembers the latest 256 calls. Not thread-safe: its session serializes the calls.
 */
final class CstaCallOrder {

    private static final List<String> FORWARD = List.of("ringing", "calling", "connected");
    private static final int FINAL = FORWARD.size();
    private static final int REMEMBERED = 256;

    private final Map<String, Integer> latest = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The states to report for {@code call}, in order: none, the call's own, or the skipped ones then its own. */
    List<JsonObject> next(JsonObject call) {
        var id = call.getString("id", "");
        var state = call.getString("state", "");
        int rank = FORWARD.indexOf(state);
        if (rank < 0) {
            rank = FINAL;
        }
        int last = latest.getOrDefault(id, -1);
        if (rank <= last) {
            return List.of();
        }
        latest.put(id, rank);
        var states = new ArrayList<JsonObject>();
        if (rank < FINAL) {
            for (int skipped = last + 1; skipped < rank; skipped++) {
                states.add(Json.createObjectBuilder(call).add("state", FORWARD.get(skipped)).add("reason", "").build());
            }
        }
        states.add(call);
        return states;
    }
}
