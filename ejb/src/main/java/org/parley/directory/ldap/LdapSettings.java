package org.parley.directory.ldap;

/**
 * Where and how the application reads the directory.
 *
 * @param host the LDAP server host
 * @param port the LDAP server port
 * @param bindDn the DN the application binds as, empty for anonymous reads
 * @param bindPassword the bind password
 * @param userBase the subtree that holds people
 * @param groupBase the subtree that holds groups
 * @param poolSize the most connections kept open
 * @param timeoutMillis connect and response timeout
 * @param cacheSeconds how long a look-up is reused (0: never cached)
 * @param cacheSize the most people (and, separately, group memberships) cached
 */
public record LdapSettings(String host, int port, String bindDn, String bindPassword, String userBase,
        String groupBase, int poolSize, int timeoutMillis, int cacheSeconds, int cacheSize) {
}
