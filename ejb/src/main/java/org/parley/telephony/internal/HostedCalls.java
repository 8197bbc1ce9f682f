package org.parley.telephony.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import org.parley.telephony.ConferenceRelay;

/** Answers the conference requests other servers relay to this one, from this server's own conferences. */
@ApplicationScoped
public class HostedCalls implements ConferenceRelay.Answerer {

    @EJB
    LocalConferences local;

    @Override
    public JsonObject answer(JsonObject request) {
        return ConferenceCall.of(request).answer(local);
    }
}
