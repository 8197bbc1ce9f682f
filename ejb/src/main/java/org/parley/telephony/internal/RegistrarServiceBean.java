package org.parley.telephony.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;
import org.parley.telephony.RegisterCommand;
import org.parley.telephony.RegisterOutcome;
import org.parley.telephony.RegistrarLimits;
import org.parley.telephony.RegistrarService;
import org.parley.telephony.Registration;
import org.parley.telephony.RegistrationStore;

/**
 * The registrar's rules (RFC 3261 section 10.3): every contact of a REGISTER is checked before any
 * is applied, so a refused request changes nothing; the changes of one request and the presence
 * connections they open or close are one transaction.
 */
@Stateless
@Local(RegistrarService.class)
public class RegistrarServiceBean implements RegistrarService {

    @Inject
    RegistrationStore store;

    @EJB
    BindingPresence presence;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @Inject
    @ConfigProperty(name = "parley.sip.minExpires", defaultValue = "60")
    int minExpires;

    @Inject
    @ConfigProperty(name = "parley.sip.maxExpires", defaultValue = "3600")
    int maxExpires;

    @Inject
    @ConfigProperty(name = "parley.sip.defaultExpires", defaultValue = "3600")
    int defaultExpires;

    @Inject
    @ConfigProperty(name = "parley.sip.maxBindings", defaultValue = "10")
    int maxBindings;

    @Override
    public RegisterOutcome register(String user, RegisterCommand command) {
        var now = Instant.now();
        if (command.removeAll()) {
            unregisterAll(user);
            return new RegisterOutcome.Bound(List.of());
        }
        var limits = limits();
        var stored = new HashMap<String, Registration>();
        store.ofUser(user).forEach(r -> stored.put(r.id(), r));
        var wanted = new LinkedHashMap<String, Integer>();
        var contacts = new HashMap<String, String>();
        for (var contact : command.contacts()) {
            int seconds = limits.grant(contact.expires());
            if (seconds > 0 && seconds < limits.minExpires()) {
                return new RegisterOutcome.TooBrief(limits.minExpires());
            }
            var id = BindingIds.of(user, contact.contact());
            var old = stored.get(id);
            if (old != null && old.callId().equals(command.callId()) && old.cseq() >= command.cseq()) {
                return new RegisterOutcome.OutOfOrder();
            }
            wanted.put(id, seconds);
            contacts.put(id, contact.contact());
        }
        if (liveAfter(stored, wanted, now) > limits.maxBindings()) {
            return new RegisterOutcome.TooManyBindings(limits.maxBindings());
        }
        var after = new LinkedHashMap<String, Registration>();
        stored.values().stream().filter(r -> r.expires().isAfter(now)).forEach(r -> after.put(r.id(), r));
        wanted.forEach((id, seconds) -> {
            var next = new Registration(id, user, contacts.get(id), command.callId(), command.cseq(),
                    now.plusSeconds(seconds), command.userAgent(), serverId);
            apply(stored.get(id), next, seconds, now);
            if (seconds == 0) {
                after.remove(id);
            } else {
                after.put(id, next);
            }
        });
        return new RegisterOutcome.Bound(List.copyOf(after.values()));
    }

    private static long liveAfter(Map<String, Registration> stored, Map<String, Integer> wanted, Instant now) {
        long kept = stored.values().stream()
                .filter(r -> !wanted.containsKey(r.id()) && r.expires().isAfter(now)).count();
        long added = wanted.values().stream().filter(seconds -> seconds > 0).count();
        return kept + added;
    }

    private void apply(Registration old, Registration next, int seconds, Instant now) {
        boolean wasLive = old != null && old.expires().isAfter(now);
        if (seconds == 0) {
            if (old != null) {
                store.remove(old.id());
                presence.closed(old);
            }
            return;
        }
        store.save(next);
        if (wasLive && old.serverId().equals(next.serverId())) {
            presence.refreshed(next);
        } else {
            if (old != null) {
                presence.closed(old);
            }
            presence.opened(next);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Registration> bindings(String user) {
        var now = Instant.now();
        return store.ofUser(user).stream().filter(r -> r.expires().isAfter(now)).toList();
    }

    @Override
    public void unregister(String user, String bindingId) {
        if (!BindingIds.looksValid(bindingId)) {
            throw new ParleyException.Invalid("A registration id is 40 hexadecimal digits");
        }
        var found = store.find(bindingId).filter(r -> r.user().equals(user))
                .orElseThrow(() -> new ParleyException.NotFound("No registration '" + bindingId + "' of " + user));
        store.remove(found.id());
        presence.closed(found);
    }

    @Override
    public void unregisterAll(String user) {
        for (var r : store.ofUser(user)) {
            store.remove(r.id());
            presence.closed(r);
        }
    }

    @Override
    public RegistrarLimits limits() {
        return new RegistrarLimits(minExpires, maxExpires, defaultExpires, maxBindings);
    }
}
