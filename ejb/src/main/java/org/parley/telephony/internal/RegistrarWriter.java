package org.parley.telephony.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.jpa.GroupCommit;
import org.parley.telephony.Registration;

/**
 * The one writer of this server's binding changes: changes are applied in the order they were
 * queued, many to a transaction when phones register faster than one transaction a time allows.
 * New, changed and removed bindings are waited for (stored before the phone's 200); refreshes
 * of a live binding are queued without waiting (write-behind): until they are stored the database
 * holds the binding with its previous expiry, which is still in the future, so a crash loses no
 * registration. Thread safety: a {@link GroupCommit}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrarWriter {

    private static final Logger LOG = Logger.getLogger(RegistrarWriter.class.getName());

    @Inject
    RegistrationBatch batch;

    @Inject
    BindingCache cache;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "parley.sip.writeBatchSize", defaultValue = "200")
    int batchSize;

    @Inject
    @ConfigProperty(name = "parley.sip.writeQueueCapacity", defaultValue = "20000")
    int queueCapacity;

    @Inject
    @ConfigProperty(name = "parley.sip.writeTimeoutSeconds", defaultValue = "20")
    int writeTimeoutSeconds;

    private GroupCommit<RegistrationWrite, List<Optional<Registration>>, Optional<Registration>> writer;

    @PostConstruct
    void start() {
        writer = new GroupCommit<>(new GroupCommit.Writes<>() {
            @Override
            public List<Optional<Registration>> store(List<RegistrationWrite> changes) {
                return batch.store(changes);
            }

            @Override
            public Optional<Registration> resultOf(List<Optional<Registration>> stored, int index) {
                return stored.get(index);
            }
        }, new GroupCommit.Limits("registration", batchSize, queueCapacity, Duration.ofSeconds(writeTimeoutSeconds)),
                threads);
    }

    @PreDestroy
    void stop() {
        writer.stop();
    }

    /** Applies the changes in order and waits for them; returns what each came to. */
    public List<Optional<Registration>> applyAll(List<RegistrationWrite> changes) {
        return writer.applyAll(changes);
    }

    /** Queues a refresh of a live binding without waiting; a failure makes this server read the user's bindings again. */
    public void refresh(Registration refreshed) {
        writer.submit(new RegistrationWrite.Save(refreshed)).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "A registration refresh of " + refreshed.user() + " was not stored; the"
                        + " binding keeps its previous expiry", failure);
                cache.forget(refreshed.user());
            }
        });
    }
}
