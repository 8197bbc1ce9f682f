package org.parley.devservices;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby network server, for deployments where several Parley servers share one database (a
 * cluster on one host, and its tests). Derby's built-in authentication admits one user.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final int PING_ATTEMPTS = 50;
    private static final long PING_INTERVAL_MILLIS = 100;

    private final NetworkServerControl server;

    private EmbeddedDatabase(NetworkServerControl server) {
        this.server = server;
    }

    /**
     * Starts the network server; databases are created under {@code dataDir} on first use.
     */
    public static EmbeddedDatabase start(String host, int port, Path dataDir, String user, String password)
            throws Exception {
        Files.createDirectories(dataDir);
        System.setProperty("derby.system.home", dataDir.toAbsolutePath().toString());
        System.setProperty("derby.connection.requireAuthentication", "true");
        System.setProperty("derby.authentication.provider", "BUILTIN");
        System.setProperty("derby.user." + user, password);
        System.setProperty("derby.database.sqlAuthorization", "false");
        var server = new NetworkServerControl(InetAddress.getByName(host), port, user, password);
        server.start(new PrintWriter(Writer.nullWriter()));
        awaitRunning(server);
        LOG.info(() -> "Database listening on " + host + ":" + port + ", data in " + dataDir);
        return new EmbeddedDatabase(server);
    }

    private static void awaitRunning(NetworkServerControl server) throws Exception {
        for (int i = 0; i < PING_ATTEMPTS; i++) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                Thread.sleep(PING_INTERVAL_MILLIS);
            }
        }
        server.ping();
    }

    @Override
    public void close() throws Exception {
        server.shutdown();
    }
}
