package org.parley.alerts.internal;

import java.util.List;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.alerts.Alert;
import org.parley.alerts.AlertKind;
import org.parley.alerts.AlertService;
import org.parley.alerts.AlertStore;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/** A person's alerts on others. */
@Stateless
@Local(AlertService.class)
public class AlertServiceBean implements AlertService {

    @Inject
    AlertStore store;

    @Inject
    Directory directory;

    @Override
    public Alert add(String watcher, String target, AlertKind kind) {
        if (!directory.exists(UserIds.requireValid(target))) {
            throw new ParleyException.NotFound("No user '" + target + "' in the directory");
        }
        var mine = store.ofWatcher(watcher);
        var same = mine.stream().filter(a -> a.target().equals(target) && a.kind() == kind && a.fired().isEmpty())
                .findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        if (mine.size() >= MAX_PER_USER) {
            throw new ParleyException.Invalid("At most " + MAX_PER_USER + " alerts; remove some first");
        }
        return store.add(watcher, target, kind);
    }

    @Override
    public List<Alert> list(String watcher) {
        return store.ofWatcher(watcher);
    }

    @Override
    public void remove(String watcher, long id) {
        var alert = store.find(id).filter(a -> a.watcher().equals(watcher))
                .orElseThrow(() -> new ParleyException.NotFound("You have no alert " + id));
        store.remove(alert.id());
    }
}
