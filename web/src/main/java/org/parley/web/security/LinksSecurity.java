package org.parley.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the widget tokens and the embedding allow-list from the configuration. Without
 * {@code parley.links.tokenSecret} each server draws its own random key at start (tokens are then
 * good only on the server that issued them; a cluster sets one secret on every server).
 */
@ApplicationScoped
public class LinksSecurity {

    private static final Logger LOG = Logger.getLogger(LinksSecurity.class.getName());

    @Inject
    @ConfigProperty(name = "parley.links.allowedOrigins", defaultValue = "http://127.0.0.1:9081,http://localhost:9081")
    String allowedOrigins;

    @Inject
    @ConfigProperty(name = "parley.links.tokenSeconds", defaultValue = "300")
    int tokenSeconds;

    @Inject
    @ConfigProperty(name = "parley.links.tokenSecret")
    Optional<String> tokenSecret;

    @Produces
    @Singleton
    LinkTokens tokens() {
        byte[] key;
        if (tokenSecret.filter(secret -> !secret.isBlank()).isEmpty()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.fine("Widget tokens use a random key of this server (parley.links.tokenSecret is not set)");
        } else {
            key = sha256(tokenSecret.get());
        }
        return new LinkTokens(key, Duration.ofSeconds(tokenSeconds), Clock.systemUTC());
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Produces
    @Singleton
    EmbeddingOrigins origins() {
        return new EmbeddingOrigins(allowedOrigins);
    }
}
