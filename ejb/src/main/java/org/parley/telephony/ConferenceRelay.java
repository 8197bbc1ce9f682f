package org.parley.telephony;

import jakarta.json.JsonObject;

/**
 * Carries a conference request to the server that hosts the conference and brings back its
 * answer, for a server that does not host it (a cluster mixes each conference on one server).
 */
public interface ConferenceRelay {

    /**
     * Has {@code host} answer {@code request} and waits for the answer.
     *
     * @throws org.parley.error.ParleyException.Unavailable when the host does not answer in time
     */
    JsonObject call(String host, JsonObject request);

    /** Answers the requests other servers relay here; the relay hands each one to it. */
    interface Answerer {
        JsonObject answer(JsonObject request);
    }
}
