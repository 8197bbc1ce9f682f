package org.parley.bench;

import java.nio.file.Path;

/**
 * The login storm's settings, from --name=value arguments.
 *
 * @param host the server's loopback address
 * @param httpPort its HTTP port
 * @param ldapPort the directory's port (for counting the server's LDAP connections)
 * @param ldif the directory the server runs with (its uids are the users)
 * @param users how many people sign in
 * @param contacts how many people are on each one's contact list
 * @param concurrency how many sign-ins are in flight at once
 * @param admin the administrator whose figures endpoint is read
 * @param serverPid the server's process id, for CPU (0: not measured)
 * @param ldapPid the directory's process id, for CPU (0: not measured)
 * @param skipSetup whether the contact lists are already in place
 * @param cold whether the server's directory cache is emptied first (false: the storm finds it as
 *     the preload or an earlier run left it, as a morning storm finds a server that has been up)
 * @param seed for the contact lists
 */
record StormOptions(String host, int httpPort, int ldapPort, Path ldif, int users, int contacts, int concurrency,
        String admin, long serverPid, long ldapPid, boolean skipSetup, boolean cold, long seed) {

    static StormOptions parse(String[] args) {
        var given = LoadOptions.arguments(args);
        var options = new StormOptions(given.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(given.getOrDefault("port", "9080")),
                Integer.parseInt(given.getOrDefault("ldapPort", "10389")),
                Path.of(given.getOrDefault("ldif", "liberty-config/src/main/resources/ldap/parley-demo.ldif")),
                Integer.parseInt(given.getOrDefault("users", "1000")),
                Integer.parseInt(given.getOrDefault("contacts", "50")),
                Integer.parseInt(given.getOrDefault("concurrency", "32")),
                given.getOrDefault("admin", "alice"),
                Long.parseLong(given.getOrDefault("serverPid", "0")),
                Long.parseLong(given.getOrDefault("ldapPid", "0")),
                Boolean.parseBoolean(given.getOrDefault("skipSetup", "false")),
                Boolean.parseBoolean(given.getOrDefault("cold", "true")),
                Long.parseLong(given.getOrDefault("seed", "7")));
        if (!options.host().startsWith("127.")) {
            throw new IllegalArgumentException("the storm talks to loopback only");
        }
        return options;
    }
}
