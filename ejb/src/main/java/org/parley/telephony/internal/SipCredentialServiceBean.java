package org.parley.telephony.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.telephony.DigestAlgorithm;
import org.parley.telephony.RegistrarService;
import org.parley.telephony.SipCredentialInfo;
import org.parley.telephony.SipCredentialService;
import org.parley.telephony.SipCredentialStore;

/**
 * SIP passwords kept as HA1 hashes for every supported algorithm in the configured realm; a new
 * password replaces the old hashes in one transaction, so a phone with the old one fails at once.
 */
@Stateless
@Local(SipCredentialService.class)
public class SipCredentialServiceBean implements SipCredentialService {

    /** The shortest SIP password accepted. */
    static final int MIN_LENGTH = 8;
    /** The longest SIP password accepted. */
    static final int MAX_LENGTH = 128;

    @Inject
    SipCredentialStore store;

    @Inject
    Directory directory;

    @EJB
    RegistrarService registrar;

    @EJB
    CredentialCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "parley.sip.realm", defaultValue = "parley")
    String realm;

    @Override
    public SipCredentialInfo setPassword(String user, String password) {
        requireUser(user);
        checkRules(password);
        var hashes = new EnumMap<DigestAlgorithm, String>(DigestAlgorithm.class);
        for (var algorithm : DigestAlgorithm.values()) {
            hashes.put(algorithm, algorithm.ha1(user, realm, password));
        }
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.replace(user, realm, hashes, now);
        forgetAfterCommit(user);
        return new SipCredentialInfo(user, true, realm, List.of(DigestAlgorithm.values()), now);
    }

    @Override
    public void remove(String user) {
        UserIds.requireValid(user);
        store.removeAll(user);
        forgetAfterCommit(user);
        registrar.unregisterAll(user);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SipCredentialInfo info(String user) {
        UserIds.requireValid(user);
        var changed = store.changed(user, realm);
        return changed.map(at -> new SipCredentialInfo(user, true, realm, Arrays.asList(DigestAlgorithm.values()), at))
                .orElseGet(() -> new SipCredentialInfo(user, false, realm, List.of(), null));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> ha1(String user, String forRealm, DigestAlgorithm algorithm) {
        return cache.get(user, forRealm + "\n" + algorithm.name(), () -> store.ha1(user, forRealm, algorithm));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String realm() {
        return realm;
    }

    /** Drops the cached hashes now and once the change is committed (a read in between cached the old ones). */
    private void forgetAfterCommit(String user) {
        cache.forget(user);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                cache.forget(user);
            }
        });
    }

    private void requireUser(String user) {
        if (!directory.exists(UserIds.requireValid(user))) {
            throw new ParleyException.NotFound("No user '" + user + "' in the directory");
        }
    }

    static void checkRules(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new ParleyException.Invalid("A SIP password is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw new ParleyException.Invalid("A SIP password may not contain control characters");
        }
    }
}
