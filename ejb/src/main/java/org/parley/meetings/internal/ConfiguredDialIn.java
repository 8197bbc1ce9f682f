package org.parley.meetings.internal;

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
        return number().map(n -> new DialIn(n, code(meeting), ""));
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
        return AudioBridge.conferenceCode(meeting);
    }
}
