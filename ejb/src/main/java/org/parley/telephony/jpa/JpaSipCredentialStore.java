package org.parley.telephony.jpa;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.telephony.DigestAlgorithm;
import org.parley.telephony.SipCredentialStore;

/** SIP password hashes in the relational database, one row per user, realm and algorithm. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSipCredentialStore implements SipCredentialStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public void replace(String user, String realm, Map<DigestAlgorithm, String> ha1s, Instant changed) {
        removeAll(user);
        em.flush();
        ha1s.forEach((algorithm, ha1) ->
                em.persist(new SipCredentialEntity(user, realm, algorithm.name(), ha1, changed.toEpochMilli())));
        em.flush();
    }

    @Override
    public void removeAll(String user) {
        em.createQuery("DELETE FROM SipCredentialEntity c WHERE c.userId = :user")
                .setParameter("user", user).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> ha1(String user, String realm, DigestAlgorithm algorithm) {
        return find(user, realm, algorithm).map(SipCredentialEntity::ha1);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> changed(String user, String realm) {
        return find(user, realm, DigestAlgorithm.SHA_256).or(() -> find(user, realm, DigestAlgorithm.MD5))
                .map(c -> Instant.ofEpochMilli(c.changed()));
    }

    private Optional<SipCredentialEntity> find(String user, String realm, DigestAlgorithm algorithm) {
        return Optional.ofNullable(em.find(SipCredentialEntity.class,
                SipCredentialEntity.key(user, realm, algorithm.name())));
    }
}
