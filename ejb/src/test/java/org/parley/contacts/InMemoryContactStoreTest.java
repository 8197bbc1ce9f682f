package org.parley.contacts;

import java.util.function.Function;

/** The contract on the in-memory store the service tests use, so that they rest on a store that keeps it. */
class InMemoryContactStoreTest implements ContactStoreContract {

    private final InMemoryContactStore store = new InMemoryContactStore();

    @Override
    public <T> T inTransaction(Function<ContactStore, T> work) {
        return work.apply(store);
    }
}
