package org.parley.directory.ldap;

import java.util.ArrayList;
import java.util.List;

/**
 * Where and how the application reads the directory.
 *
 * @param servers the LDAP servers, tried in this order (fail-over)
 * @param bindDn the DN the application reads as, empty for anonymous reads
 * @param bindPassword the bind password
 * @param userBase the subtree that holds people
 * @param groupBase the subtree that holds groups
 * @param poolSize the most connections open for reading
 * @param bindPoolSize the most connections open for verifying passwords
 * @param maxWaiting the most operations that wait for a busy connection; beyond, they are refused at once
 * @param timeoutMillis connect and response timeout, and the longest wait for a connection
 * @param retryMillis after the directory could not be reached, how long operations are refused before it is tried again
 * @param cacheSeconds how long a look-up is reused (0: never cached)
 * @param cacheSize the most entries of each kind cached
 * @param searchMaxResults the most entries one search looks at
 */
public record LdapSettings(List<Server> servers, String bindDn, String bindPassword, String userBase,
        String groupBase, int poolSize, int bindPoolSize, int maxWaiting, int timeoutMillis, int retryMillis,
        int cacheSeconds, int cacheSize, int searchMaxResults) {

    /** One LDAP server. */
    public record Server(String host, int port) {
    }

    public LdapSettings {
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one LDAP server");
        }
        if (poolSize < 1 || bindPoolSize < 1 || maxWaiting < 0 || searchMaxResults < 1) {
            throw new IllegalArgumentException("pool sizes and the search bound are at least 1");
        }
    }

    /**
     * Parses a list such as {@code ldap1.example.com:389, ldap2.example.com:389}; a blank list
     * means the one server {@code host:port}.
     */
    public static List<Server> servers(String list, String host, int port) {
        var servers = new ArrayList<Server>();
        if (list == null || list.isBlank()) {
            servers.add(new Server(host, port));
            return servers;
        }
        for (var item : list.split(",")) {
            var s = item.trim();
            int colon = s.lastIndexOf(':');
            if (colon <= 0 || colon == s.length() - 1) {
                throw new IllegalArgumentException("an LDAP server is host:port, got '" + s + "'");
            }
            servers.add(new Server(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1))));
        }
        return servers;
    }
}
