package org.parley.web.csta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The CSTA edge's settings ({@code parley.csta.*}, README). Immutable once injected. */
@ApplicationScoped
public class CstaConfig {

    @Inject
    @ConfigProperty(name = "parley.csta.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "parley.csta.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "parley.csta.port", defaultValue = "9095")
    int port;

    @Inject
    @ConfigProperty(name = "parley.csta.maxConnections", defaultValue = "32")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "parley.csta.maxMessageBytes", defaultValue = "16384")
    int maxMessageBytes;

    @Inject
    @ConfigProperty(name = "parley.csta.loginSeconds", defaultValue = "10")
    int loginSeconds;

    @Inject
    @ConfigProperty(name = "parley.csta.idleSeconds", defaultValue = "600")
    int idleSeconds;

    boolean enabled() {
        return enabled;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    int maxConnections() {
        return maxConnections;
    }

    /** The largest XML message accepted (at most what a frame can hold). */
    int maxMessageBytes() {
        return Math.min(maxMessageBytes, 0xffff - CstaFrames.HEADER);
    }

    int loginSeconds() {
        return loginSeconds;
    }

    int idleSeconds() {
        return idleSeconds;
    }
}
