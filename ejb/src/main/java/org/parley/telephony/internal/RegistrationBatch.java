package org.parley.telephony.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.telephony.Registration;
import org.parley.telephony.RegistrationStore;

/**
 * Stores one batch of binding changes in one transaction of its own, in order. A save that a
 * later save of the same binding in the batch replaces is skipped (refreshes of one phone
 * queued while the writer was busy). A CDI bean, not an enterprise bean: the writer thread calls
 * it while the application may still be starting.
 */
@ApplicationScoped
public class RegistrationBatch {

    @Inject
    RegistrationStore store;

    /** What each change came to: the binding it removed, if any. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Optional<Registration>> store(List<RegistrationWrite> writes) {
        var lastSave = new HashMap<String, Integer>();
        for (int i = 0; i < writes.size(); i++) {
            if (writes.get(i) instanceof RegistrationWrite.Save) {
                lastSave.put(writes.get(i).id(), i);
            }
        }
        var results = new ArrayList<Optional<Registration>>(writes.size());
        var saves = new ArrayList<Registration>();
        for (int i = 0; i < writes.size(); i++) {
            var write = writes.get(i);
            if (write instanceof RegistrationWrite.Save save) {
                if (lastSave.get(write.id()) == i) {
                    saves.add(save.registration());
                }
                results.add(Optional.empty());
                continue;
            }
            saveAll(saves);
            results.add(remove(write));
        }
        saveAll(saves);
        return results;
    }

    /** Stores the saves gathered so far, in one go. */
    private void saveAll(List<Registration> saves) {
        if (!saves.isEmpty()) {
            store.saveAll(List.copyOf(saves));
            saves.clear();
        }
    }

    private Optional<Registration> remove(RegistrationWrite write) {
        var found = store.find(write.id());
        if (write instanceof RegistrationWrite.Expire) {
            found = found.filter(r -> !r.expires().isAfter(Instant.now()));
        }
        found.ifPresent(r -> store.remove(r.id()));
        return found;
    }
}
