package org.parley.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The load program's settings, from --name=value arguments.
 *
 * @param host the server's loopback address
 * @param httpPort its HTTP port
 * @param ldif the directory the server runs with (its uids are the users)
 * @param users how many people connect
 * @param contacts how many people each watches
 * @param loginsPerSecond the rate people connect at
 * @param changesPerSecond presence changes per second during the measured phase
 * @param chatsPerSecond one-to-one chat messages per second during the measured phase, each to a
 *                       random contact of a random sender
 * @param seconds how long the measured phase lasts
 * @param httpClients how many HTTP clients (each with its own selector thread) share the connections
 * @param serverPid the server's process id, for memory and CPU (0: not measured)
 * @param seed for the random choices
 */
record LoadOptions(String host, int httpPort, Path ldif, int users, int contacts, int loginsPerSecond,
        int changesPerSecond, int chatsPerSecond, int seconds, int httpClients, long serverPid, long seed) {

    /** The --name=value arguments of a benchmark program, by name. */
    static Map<String, String> arguments(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (var arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return given;
    }

    static LoadOptions parse(String[] args) {
        var given = arguments(args);
        return new LoadOptions(given.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(given.getOrDefault("port", "9080")),
                Path.of(given.getOrDefault("ldif", "liberty-config/src/main/resources/ldap/parley-demo.ldif")),
                Integer.parseInt(given.getOrDefault("users", "200")),
                Integer.parseInt(given.getOrDefault("contacts", "50")),
                Integer.parseInt(given.getOrDefault("loginRate", "100")),
                Integer.parseInt(given.getOrDefault("changeRate", "100")),
                Integer.parseInt(given.getOrDefault("chatRate", "0")),
                Integer.parseInt(given.getOrDefault("seconds", "30")),
                Integer.parseInt(given.getOrDefault("httpClients", "4")),
                Long.parseLong(given.getOrDefault("serverPid", "0")),
                Long.parseLong(given.getOrDefault("seed", "7")));
    }
}
