package org.parley.alerts.internal;

import java.util.HashMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;


import org.parley.alerts.Alert;
import org.parley.alerts.AlertStore;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;
import org.parley.json.Jsons;
import org.parley.presence.PresenceChanged;
import org.parley.presence.PresenceChanges;
import org.parley.privacy.PrivacyService;

/**
 * Fires the alerts waiting on a person when their presence changes, in the transaction that
 * stores the change (which holds the person's presence lock, so an alert fires once even when
 * two servers change the same person at once). An alert the watcher may not see fire (the
 * person's privacy lists hide them from the watcher) keeps waiting and tells nothing.
 */
@ApplicationScoped
public class AlertTrigger {

    @Inject
    AlertStore store;

    @EJB
    PrivacyService privacy;

    @Inject
    UserEventBus events;

    void onChanges(@Observes PresenceChanges batch) {
        var byTarget = new HashMap<String, PresenceChanged>();
        batch.changes().forEach(c -> byTarget.put(c.after().user(), c));
        for (var alert : store.waitingOn(byTarget.keySet())) {
            var change = byTarget.get(alert.target());
            if (alert.kind().matches(change.before(), change.after()) && privacy.canSee(alert.watcher(), alert.target())) {
                store.markFired(alert.id(), change.after());
                events.publish(event(alert, change));
            }
        }
    }

    private static UserEvent event(Alert alert, PresenceChanged change) {
        var p = change.after();
        var body = Jsons.createObjectBuilder().add("id", alert.id()).add("user", p.user())
                .add("kind", alert.kind().wireName()).add("status", p.availability().wireName())
                .add("message", p.message()).add("since", p.since().toString()).build();
        return new UserEvent(java.util.Set.of(alert.watcher()), "alert", body);
    }
}
