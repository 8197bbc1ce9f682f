package org.parley.devservices;

import java.util.Objects;

/**
 * How to start a {@link DemoDirectory}.
 *
 * @param host the address to listen on
 * @param port the port to listen on, 0 for any free port
 * @param ldif the directory's content
 * @param adminBindDn an extra DN that may bind (for a registry's search bind), or null for none
 * @param adminPassword that DN's password, or null when there is no such DN
 */
public record DemoDirectorySettings(String host, int port, LdifSource ldif, String adminBindDn, String adminPassword) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 10389;
    /** The usual admin DN; its password always comes from the caller. */
    public static final String DIRECTORY_MANAGER = "cn=Directory Manager";

    public DemoDirectorySettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(ldif, "ldif");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if ((adminBindDn == null) != (adminPassword == null)) {
            throw new IllegalArgumentException("give both the admin bind DN and its password, or neither");
        }
    }

    /** The bundled demo directory on 127.0.0.1:10389, with no admin DN. */
    public static DemoDirectorySettings defaults() {
        return new DemoDirectorySettings(DEFAULT_HOST, DEFAULT_PORT, LdifSource.bundled(), null, null);
    }

    public DemoDirectorySettings withHost(String newHost) {
        return new DemoDirectorySettings(newHost, port, ldif, adminBindDn, adminPassword);
    }

    public DemoDirectorySettings withPort(int newPort) {
        return new DemoDirectorySettings(host, newPort, ldif, adminBindDn, adminPassword);
    }

    public DemoDirectorySettings withLdif(LdifSource newLdif) {
        return new DemoDirectorySettings(host, port, newLdif, adminBindDn, adminPassword);
    }

    /** Lets {@code bindDn} bind with {@code password}, for example {@link #DIRECTORY_MANAGER}. */
    public DemoDirectorySettings withAdmin(String bindDn, String password) {
        return new DemoDirectorySettings(host, port, ldif, bindDn, password);
    }

    @Override
    public String toString() {
        return "DemoDirectorySettings[host=" + host + ", port=" + port + ", ldif=" + ldif
                + ", adminBindDn=" + adminBindDn + ", adminPassword=" + (adminPassword == null ? null : "***") + "]";
    }
}
