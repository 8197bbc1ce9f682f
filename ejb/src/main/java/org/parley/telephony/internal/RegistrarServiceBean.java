package org.parley.telephony.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * is applied, so a refused request changes nothing. Bindings are read from the {@link BindingCache}
 * and written through the {@link RegistrarWriter}, one user's REGISTERs one at a time; the
 * presence connections they open or close follow once the change is stored (a refresh only
 * reports the connection active, in memory).
 */
@Stateless
@Local(RegistrarService.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrarServiceBean implements RegistrarService {

    @Inject
    RegistrationStore store;

    @Inject
    BindingCache cache;

    @EJB
    RegistrarWriter writer;

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
        if (command.removeAll()) {
            unregisterAll(user);
            return new RegisterOutcome.Bound(List.of());
        }
        synchronized (cache.lockOf(user)) {
            return registerLocked(user, command, Instant.now());
        }
    }

    private RegisterOutcome registerLocked(String user, RegisterCommand command, Instant now) {
        var limits = limits();
        var stored = new LinkedHashMap<String, Registration>();
        stored(user).forEach(r -> stored.put(r.id(), r));
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
        var changes = new ArrayList<Change>();
        wanted.forEach((id, seconds) -> changes.add(new Change(stored.get(id), seconds == 0 ? null
                : new Registration(id, user, contacts.get(id), command.callId(), command.cseq(),
                        now.plusSeconds(seconds), command.userAgent(), serverId), now)));
        apply(user, changes, stored);
        return new RegisterOutcome.Bound(stored.values().stream().filter(r -> r.expires().isAfter(now)).toList());
    }

    /**
     * One binding's change: {@code next} null removes it. A refresh (the binding is live and held
     * through this server) is queued without waiting; anything else is stored before the answer.
     */
    private record Change(Registration old, Registration next, boolean refresh) {
        Change(Registration old, Registration next, Instant now) {
            this(old, next, next != null && old != null && old.expires().isAfter(now)
                    && old.serverId().equals(next.serverId()));
        }
    }

    private void apply(String user, List<Change> changes, Map<String, Registration> stored) {
        var waited = new ArrayList<RegistrationWrite>();
        for (var c : changes) {
            if (c.next() == null) {
                stored.remove(c.old() == null ? "" : c.old().id());
                if (c.old() != null) {
                    waited.add(new RegistrationWrite.Remove(c.old().id()));
                }
            } else {
                stored.put(c.next().id(), c.next());
                if (!c.refresh()) {
                    waited.add(new RegistrationWrite.Save(c.next()));
                }
            }
        }
        try {
            writer.applyAll(waited);
        } catch (RuntimeException e) {
            cache.forget(user);
            throw e;
        }
        for (var c : changes) {
            if (c.refresh()) {
                writer.refresh(c.next());
            }
        }
        cache.put(user, List.copyOf(stored.values()));
        for (var c : changes) {
            if (c.refresh()) {
                presence.refreshed(c.next());
            } else {
                if (c.old() != null) {
                    presence.closed(c.old());
                }
                if (c.next() != null) {
                    presence.opened(c.next());
                }
            }
        }
    }

    private List<Registration> stored(String user) {
        return cache.bindings(user, () -> store.ofUser(user));
    }

    private static long liveAfter(Map<String, Registration> stored, Map<String, Integer> wanted, Instant now) {
        long kept = stored.values().stream()
                .filter(r -> !wanted.containsKey(r.id()) && r.expires().isAfter(now)).count();
        long added = wanted.values().stream().filter(seconds -> seconds > 0).count();
        return kept + added;
    }

    @Override
    public List<Registration> bindings(String user) {
        var now = Instant.now();
        return stored(user).stream().filter(r -> r.expires().isAfter(now))
                .sorted(Comparator.comparing(Registration::expires).reversed()).toList();
    }

    @Override
    public void unregister(String user, String bindingId) {
        if (!BindingIds.looksValid(bindingId)) {
            throw new ParleyException.Invalid("A registration id is 40 hexadecimal digits");
        }
        synchronized (cache.lockOf(user)) {
            var found = stored(user).stream().filter(r -> r.id().equals(bindingId)).findFirst()
                    .orElseThrow(() -> new ParleyException.NotFound("No registration '" + bindingId + "' of " + user));
            remove(user, List.of(found));
        }
    }

    @Override
    public void unregisterAll(String user) {
        synchronized (cache.lockOf(user)) {
            remove(user, store.ofUser(user));
        }
    }

    private void remove(String user, List<Registration> bindings) {
        cache.forget(user);
        writer.applyAll(bindings.stream().<RegistrationWrite>map(r -> new RegistrationWrite.Remove(r.id())).toList())
                .forEach(removed -> removed.ifPresent(presence::closed));
    }

    @Override
    public RegistrarLimits limits() {
        return new RegistrarLimits(minExpires, maxExpires, defaultExpires, maxBindings);
    }
}
