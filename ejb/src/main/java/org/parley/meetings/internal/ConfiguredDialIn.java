package org.parley.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;
import org.parley.meetings.AudioBridge;

/**
 * Dial-in data from the configuration: one conference number (parley.meetings.dialIn.number)
 * and, per meeting, a stable 9-digit conference code made from its id. Placing calls needs the
 * telephony side's bridge; this one answers that it is unavailable.
 */
@ApplicationScoped
public class ConfiguredDialIn implements AudioBridge {

    @Inject
    @ConfigProperty(name = "parley.meetings.dialIn.number")
    Optional<String> configured;

    @Override
    public Optional<DialIn> dialIn(String meeting) {
        return number().map(n -> new DialIn(n, code(meeting)));
    }

    private Optional<String> number() {
        return configured.map(String::strip).filter(n -> !n.isEmpty());
    }

    @Override
    public void call(String meeting, String user) {
        throw new ParleyException.Unavailable("Joining audio by phone needs Parley's telephony conferencing,"
                + " which this server does not offer" + number().map(n -> "; dial " + n + " instead").orElse(""));
    }

    static String code(String meeting) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(meeting.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return String.format("%09d", Math.floorMod(value, 1_000_000_000L));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
