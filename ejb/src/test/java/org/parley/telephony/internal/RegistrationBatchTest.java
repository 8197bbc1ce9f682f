package org.parley.telephony.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.telephony.Registration;
import org.parley.telephony.RegistrationStore;

class RegistrationBatchTest {

    private final Map<String, Registration> rows = new LinkedHashMap<>();
    private final List<String> saved = new ArrayList<>();
    private final RegistrationBatch batch = new RegistrationBatch();

    @BeforeEach
    void wire() {
        batch.store = new RegistrationStore() {
            @Override
            public Optional<Registration> find(String id) {
                return Optional.ofNullable(rows.get(id));
            }

            @Override
            public void save(Registration r) {
                saved.add(r.id() + "@" + r.cseq());
                rows.put(r.id(), r);
            }

            @Override
            public void saveAll(List<Registration> registrations) {
                registrations.forEach(this::save);
            }

            @Override
            public void remove(String id) {
                rows.remove(id);
            }

            @Override
            public List<Registration> ofUser(String user) {
                return rows.values().stream().filter(r -> r.user().equals(user)).toList();
            }

            @Override
            public List<Registration> expiredBefore(Instant cutoff) {
                return rows.values().stream().filter(r -> r.expires().isBefore(cutoff)).toList();
            }

            @Override
            public List<Registration> liveOf(String serverId, Instant now) {
                return List.of();
            }
        };
    }

    private static Registration binding(String contact, long cseq, Instant expires) {
        return new Registration(BindingIds.of("carol", contact), "carol", contact, "call-1", cseq, expires, "phone",
                "parley-1");
    }

    @Test
    void refreshesOfOnePhoneQueuedTogetherShouldBeStoredOnce() {
        var later = Instant.now().plusSeconds(3600);
        var desk = binding("sip:carol@127.0.0.1:5070", 1, later);
        var other = binding("sip:carol@127.0.0.1:5080", 1, later);
        batch.store(List.of(new RegistrationWrite.Save(desk), new RegistrationWrite.Save(other),
                new RegistrationWrite.Save(binding("sip:carol@127.0.0.1:5070", 2, later)),
                new RegistrationWrite.Save(binding("sip:carol@127.0.0.1:5070", 3, later))));
        assertEquals(List.of(other.id() + "@1", desk.id() + "@3"), saved);
        assertEquals(3, rows.get(desk.id()).cseq());
    }

    @Test
    void anExpiryShouldRemoveOnlyWhatIsStillExpiredWhenItsTurnComes() {
        var past = Instant.now().minusSeconds(5);
        var refreshedMeanwhile = binding("sip:carol@127.0.0.1:5070", 1, past);
        var gone = binding("sip:carol@127.0.0.1:5080", 1, past);
        rows.put(refreshedMeanwhile.id(), refreshedMeanwhile);
        rows.put(gone.id(), gone);
        var results = batch.store(List.of(
                new RegistrationWrite.Save(binding("sip:carol@127.0.0.1:5070", 2, Instant.now().plusSeconds(60))),
                new RegistrationWrite.Expire(refreshedMeanwhile.id()), new RegistrationWrite.Expire(gone.id())));
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(gone)), results);
        assertTrue(rows.containsKey(refreshedMeanwhile.id()));
        assertEquals(1, rows.size());
    }

    @Test
    void aRemovalShouldComeToTheBindingItRemoved() {
        var desk = binding("sip:carol@127.0.0.1:5070", 1, Instant.now().plusSeconds(60));
        rows.put(desk.id(), desk);
        assertEquals(List.of(Optional.of(desk), Optional.empty()),
                batch.store(List.of(new RegistrationWrite.Remove(desk.id()), new RegistrationWrite.Remove(desk.id()))));
    }
}
