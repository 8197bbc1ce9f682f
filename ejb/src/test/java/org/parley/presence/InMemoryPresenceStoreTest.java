package org.parley.presence;

class InMemoryPresenceStoreTest implements PresenceStoreContract {

    @Override
    public PresenceStore emptyStore() {
        return new InMemoryPresenceStore();
    }
}
