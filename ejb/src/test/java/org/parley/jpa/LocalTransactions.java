package org.parley.jpa;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Runs store tests' work in one resource-local transaction of a fresh entity manager, as a request does. */
public final class LocalTransactions {

    private LocalTransactions() {
    }

    /** Commits what the work did, or rolls it back when it throws. */
    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        var em = factory.createEntityManager();
        var tx = em.getTransaction();
        tx.begin();
        try {
            var result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
