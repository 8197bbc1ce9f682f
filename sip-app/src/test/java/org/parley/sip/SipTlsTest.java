package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS stores are checked when the configuration is read, with messages naming the variable. */
class SipTlsTest {

    private static final String PASSWORD = TestKeyStores.PASSWORD;

    @TempDir
    Path dir;

    @Test
    void ofShouldAcceptAKeyStoreWithAKeyAndATrustStoreWithACertificate() throws Exception {
        var keys = TestKeyStores.keyStore(dir);
        var tls = SipTls.of(keys.toString(), PASSWORD, TestKeyStores.trustStore(dir, keys).toString(), PASSWORD);

        assertEquals("PKCS12", tls.keyStoreType());
        var properties = new Properties();
        tls.addTo(properties);
        assertEquals(keys.toAbsolutePath().toString(), properties.getProperty("javax.net.ssl.keyStore"));
        assertEquals("Disabled", properties.getProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE"),
                "not DisabledAll, which would accept any certificate of the trunk");
        assertFalse(tls.toString().contains(PASSWORD), "no password in the text: " + tls);
    }

    @Test
    void ofShouldRefuseAMissingKeyStoreNamingTheVariableAndTheFile() {
        var missing = dir.resolve("nowhere.p12");
        var error = assertThrows(IllegalArgumentException.class,
                () -> SipTls.of(missing.toString(), PASSWORD, missing.toString(), PASSWORD));

        assertTrue(error.getMessage().contains("parley.sip.tls.keyStore") && error.getMessage().contains("nowhere.p12")
                && error.getMessage().contains("not a readable file"), error::getMessage);
    }

    @Test
    void ofShouldRefuseAnEmptyKeyStoreSetting() {
        var error = assertThrows(IllegalArgumentException.class, () -> SipTls.of(" ", "", "", ""));

        assertTrue(error.getMessage().contains("parley.sip.tls.keyStore must name a keystore file"), error::getMessage);
    }

    @Test
    void ofShouldRefuseAWrongPassword() throws Exception {
        var keys = TestKeyStores.keyStore(dir);
        var trust = TestKeyStores.trustStore(dir, keys);
        var error = assertThrows(IllegalArgumentException.class,
                () -> SipTls.of(keys.toString(), "not-the-password", trust.toString(), PASSWORD));

        assertTrue(error.getMessage().contains("cannot be opened with its password"), error::getMessage);
    }

    @Test
    void ofShouldRefuseAKeyStoreWithoutAKeyAndAFileThatIsNoKeyStore() throws Exception {
        var keys = TestKeyStores.keyStore(dir);
        var trust = TestKeyStores.trustStore(dir, keys);
        var noKey = assertThrows(IllegalArgumentException.class,
                () -> SipTls.of(trust.toString(), PASSWORD, trust.toString(), PASSWORD));
        assertTrue(noKey.getMessage().contains("holds no private key"), noKey::getMessage);

        var text = Files.writeString(dir.resolve("notes.txt"), "not a keystore");
        var garbage = assertThrows(IllegalArgumentException.class,
                () -> SipTls.of(keys.toString(), PASSWORD, text.toString(), PASSWORD));
        assertTrue(garbage.getMessage().contains("parley.sip.tls.trustStore"), garbage::getMessage);
    }
}
