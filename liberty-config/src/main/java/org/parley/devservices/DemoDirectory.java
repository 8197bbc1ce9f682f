package org.parley.devservices;

import com.unboundid.ldap.listener.Base64PasswordEncoderOutputFormatter;
import com.unboundid.ldap.listener.ClearInMemoryPasswordEncoder;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.InMemoryPasswordEncoder;
import com.unboundid.ldap.listener.SaltedMessageDigestInMemoryPasswordEncoder;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo directory: an UnboundID in-memory LDAP server for {@value DirectoryGenerator#BASE_DN},
 * loaded from LDIF, with schema checking on. {@code {SSHA}} passwords verify on bind, new clear-text
 * passwords are stored as {@code {SSHA}}, and {@code {CLEAR}} values are accepted too.
 */
public final class DemoDirectory implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());
    private static final String LISTENER = "ldap";

    private final InMemoryDirectoryServer server;
    private final String host;
    private final String url;

    private DemoDirectory(InMemoryDirectoryServer server, String host) {
        this.server = server;
        this.host = host;
        var literal = host.contains(":") ? "[" + host + "]" : host;
        this.url = "ldap://" + literal + ":" + server.getListenPort(LISTENER);
    }

    /** Starts the bundled directory on {@value DemoDirectorySettings#DEFAULT_HOST}, port {@code port} (0: any free port). */
    public static DemoDirectory start(int port) throws LDAPException {
        return start(DemoDirectorySettings.defaults().withPort(port));
    }

    /** Starts a directory as the settings say, loaded and listening when this returns. */
    public static DemoDirectory start(DemoDirectorySettings settings) throws LDAPException {
        var server = new InMemoryDirectoryServer(config(settings));
        int entries = load(server, settings.ldif());
        server.startListening();
        var directory = new DemoDirectory(server, settings.host());
        LOG.log(Level.INFO, "Demo directory listening on {0} with {1} entries from {2}",
                new Object[] {directory.url(), Integer.toString(entries), settings.ldif()});
        return directory;
    }

    public String host() {
        return host;
    }

    /** The port actually listened on (useful when started on port 0). */
    public int port() {
        return server.getListenPort(LISTENER);
    }

    /** For example {@code ldap://127.0.0.1:10389}. */
    public String url() {
        return url;
    }

    public String baseDn() {
        return DirectoryGenerator.BASE_DN;
    }

    /** A new, unauthenticated connection to this directory; the caller closes it. */
    public LDAPConnection connect() throws LDAPException {
        return server.getConnection(LISTENER);
    }

    /** How many entries the directory holds. */
    public int entryCount() {
        return server.countEntries();
    }

    /** Closes the listener and every connection. Stopping twice does nothing more. */
    public void stop() {
        server.shutDown(true);
        LOG.log(Level.INFO, "Demo directory on {0} stopped", url);
    }

    @Override
    public void close() {
        stop();
    }

    private static InMemoryDirectoryServerConfig config(DemoDirectorySettings settings) throws LDAPException {
        var config = new InMemoryDirectoryServerConfig(DirectoryGenerator.BASE_DN);
        config.setSchema(Schema.getDefaultStandardSchema());
        config.setEnforceAttributeSyntaxCompliance(true);
        config.setEnforceSingleStructuralObjectClass(true);
        config.setEqualityIndexAttributes("uid", "mail", "member");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig(LISTENER, address(settings.host()),
                settings.port(), null));
        config.setPasswordEncoders(ssha(), new ClearInMemoryPasswordEncoder("{CLEAR}", null));
        if (settings.adminBindDn() != null) {
            config.addAdditionalBindCredentials(settings.adminBindDn(), settings.adminPassword());
        }
        return config;
    }

    /** {@code {SSHA}}: base64 of SHA-1(password + salt) + salt, with an 8-byte salt. */
    static InMemoryPasswordEncoder ssha() throws LDAPException {
        try {
            return new SaltedMessageDigestInMemoryPasswordEncoder(SshaPasswords.PREFIX,
                    Base64PasswordEncoderOutputFormatter.getInstance(), MessageDigest.getInstance("SHA-1"),
                    SshaPasswords.SALT_BYTES, true, true);
        } catch (NoSuchAlgorithmException e) {
            throw new LDAPException(ResultCode.LOCAL_ERROR, "SHA-1 is not available", e);
        }
    }

    private static InetAddress address(String host) throws LDAPException {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new LDAPException(ResultCode.PARAM_ERROR, "unknown host " + host, e);
        }
    }

    private static int load(InMemoryDirectoryServer server, LdifSource ldif) throws LDAPException {
        try (var reader = new LDIFReader(ldif.open())) {
            return server.importFromLDIF(true, reader);
        } catch (IOException e) {
            throw new LDAPException(ResultCode.LOCAL_ERROR, "cannot read LDIF from " + ldif, e);
        }
    }
}
