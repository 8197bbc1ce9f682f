package org.parley.contacts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.parley.error.ParleyException;

/** Contact lists in memory, for tests of the logic above the store. Thread safety: one monitor for changes. */
public final class InMemoryContactStore implements ContactStore {

    private final Map<String, ContactList> lists = new ConcurrentHashMap<>();

    @Override
    public ContactList find(String owner) {
        return lists.getOrDefault(owner, ContactList.empty(owner));
    }

    @Override
    public synchronized ContactList update(String owner, long expectedVersion, UnaryOperator<ContactList> change) {
        var current = find(owner);
        if (current.version() != expectedVersion) {
            throw new ParleyException.Conflict("The contact list changed meanwhile (version " + current.version() + ")");
        }
        var saved = change.apply(current).withVersion(expectedVersion + 1);
        lists.put(owner, saved);
        return saved;
    }
}
