package org.parley.sip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;
import java.util.Properties;

/**
 * The key material of the edge's TLS listening point ({@code parley.sip.tls.*}): the keystore
 * with the edge's own certificate and private key, which it shows to peers connecting to it, and
 * the truststore of the certificate authorities whose certificates it accepts from the peers it
 * connects to (the trunk). Both are checked when the configuration is read, because the NIST
 * stack only logs a keystore it cannot open and then fails later, at the first TLS connection,
 * with no word about why. Peers are not asked for a certificate of their own: the trunk's calls
 * are trusted by address, as over UDP and TCP (ADR 0011).
 *
 * <p>{@link #toString()} leaves the passwords out.
 *
 * @param keyStore           PKCS12 or JKS file with one private key entry
 * @param keyStorePassword   its password (of the store and of the key)
 * @param keyStoreType       the type the file was read as, e.g. {@code PKCS12}
 * @param trustStore         PKCS12 or JKS file with the trusted certificates
 * @param trustStorePassword its password
 * @param trustStoreType     the type the file was read as
 */
public record SipTls(Path keyStore, String keyStorePassword, String keyStoreType, Path trustStore,
        String trustStorePassword, String trustStoreType) {

    /** TLS versions offered and accepted; older ones are broken or disabled by the JDK. */
    static final String PROTOCOLS = "TLSv1.3,TLSv1.2";
    /**
     * Cipher suites: TLS 1.3's, and TLS 1.2's with forward secrecy and AEAD. NIST's defaults are
     * RSA key exchange, 3DES and anonymous Diffie-Hellman (no certificate at all), and none of
     * TLS 1.3's, so they are always replaced.
     */
    static final String CIPHER_SUITES = String.join(",", "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");

    /**
     * Reads and checks the configured stores: each must exist, open with its password, and hold
     * what it is for (a private key; at least one certificate).
     *
     * @throws IllegalArgumentException naming the variable and what is wrong with it
     */
    public static SipTls of(String keyStore, String keyStorePassword, String trustStore, String trustStorePassword) {
        var keys = open("parley.sip.tls.keyStore", keyStore, keyStorePassword);
        var trusted = open("parley.sip.tls.trustStore", trustStore, trustStorePassword);
        try {
            if (Collections.list(keys.store().aliases()).stream().noneMatch(alias -> isKey(keys.store(), alias))) {
                throw new IllegalArgumentException("parley.sip.tls.keyStore " + keys.path() + " holds no private key");
            }
            if (trusted.store().size() == 0) {
                throw new IllegalArgumentException("parley.sip.tls.trustStore " + trusted.path() + " holds no certificate");
            }
        } catch (KeyStoreException e) {
            throw new IllegalArgumentException("SIP TLS stores cannot be read: " + e.getMessage(), e);
        }
        return new SipTls(keys.path(), keyStorePassword, keys.store().getType(), trusted.path(), trustStorePassword,
                trusted.store().getType());
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (KeyStoreException e) {
            return false;
        }
    }

    private record Opened(Path path, KeyStore store) {
    }

    private static Opened open(String variable, String file, String password) {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException(variable + " must name a keystore file for the TLS transport");
        }
        var path = Path.of(file.strip()).toAbsolutePath();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException(variable + " " + path + " is not a readable file");
        }
        try {
            return new Opened(path, KeyStore.getInstance(path.toFile(), password == null ? new char[0] : password.toCharArray()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(variable + " " + path + " cannot be opened with its password ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The NIST stack's TLS properties: these stores, no client certificates asked for, TLS 1.2 and 1.3, strong suites. */
    public void addTo(Properties properties) {
        properties.setProperty("javax.net.ssl.keyStore", keyStore.toString());
        properties.setProperty("javax.net.ssl.keyStorePassword", keyStorePassword);
        properties.setProperty("javax.net.ssl.keyStoreType", keyStoreType);
        properties.setProperty("javax.net.ssl.trustStore", trustStore.toString());
        properties.setProperty("javax.net.ssl.trustStorePassword", trustStorePassword);
        properties.setProperty("javax.net.ssl.trustStoreType", trustStoreType);
        // Disabled: peers are not asked for certificates, and the trunk's certificate is still checked against
        // the truststore (DisabledAll would accept any certificate).
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", PROTOCOLS);
        properties.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", CIPHER_SUITES);
    }

    @Override
    public String toString() {
        return "SipTls[keyStore=" + keyStore + ", trustStore=" + trustStore + "]";
    }
}
