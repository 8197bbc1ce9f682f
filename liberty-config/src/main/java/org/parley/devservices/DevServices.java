package org.parley.devservices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded services of a single-host Parley, in one process beside the Liberty server: the
 * demo LDAP directory, the demo HR portal (another origin, showing Parley Links) and the Artemis
 * broker, all on loopback. Started by the run command and
 * by the integration tests; runs until stopped. Settings are system properties with the same
 * names and defaults as the server's variables ({@code parley.ldap.port}, ...).
 */
public final class DevServices {

    private static final Logger LOG = Logger.getLogger(DevServices.class.getName());

    private DevServices() {
    }

    public static void main(String[] args) throws Exception {
        var started = new ArrayList<AutoCloseable>();
        try {
            start(started);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Embedded services failed to start: {0}", e.getMessage());
            closeAll(started);
            System.exit(1);
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeAll(started);
            stopped.countDown();
        }, "parley-devservices-shutdown"));
        writeReadyFile();
        stopped.await();
    }

    private static void start(List<AutoCloseable> started) throws Exception {
        var host = setting("parley.devservices.host", "127.0.0.1");
        if (Boolean.parseBoolean(setting("parley.devservices.ldap", "true"))) {
            var settings = DemoDirectorySettings.defaults().withHost(host)
                    .withPort(Integer.parseInt(setting("parley.ldap.port", "10389")))
                    .withAdmin(setting("parley.ldap.bindDN", "cn=admin,dc=parley,dc=example"),
                            setting("parley.ldap.bindPassword", "parley-admin"));
            var ldif = System.getProperty("parley.devservices.ldif");
            if (ldif != null && !ldif.isBlank()) {
                settings = settings.withLdif(LdifSource.file(Path.of(ldif)));
            }
            var directory = DemoDirectory.start(settings);
            started.add(directory);
            if (Boolean.parseBoolean(setting("parley.devservices.portal", "true"))) {
                started.add(DemoPortal.start(host, Integer.parseInt(setting("parley.portal.port", "9081")),
                        setting("parley.portal.parleyUrl", "http://127.0.0.1:9080"), directory));
            }
        }
        if (Boolean.parseBoolean(setting("parley.devservices.derby", "false"))) {
            started.add(EmbeddedDatabase.start(host, Integer.parseInt(setting("parley.db.port", "1527")),
                    Path.of(setting("parley.data.dir", "data")).resolve("derby-network"),
                    setting("parley.db.user", "parley"), setting("parley.db.password", "parley-db")));
        }
        if (Boolean.parseBoolean(setting("parley.devservices.broker", "true"))) {
            var dataDir = Path.of(setting("parley.data.dir", "data")).resolve("broker");
            Files.createDirectories(dataDir);
            started.add(EmbeddedBroker.start(host, Integer.parseInt(setting("parley.broker.port", "61616")),
                    dataDir, setting("parley.broker.user", "parley"), setting("parley.broker.password", "parley-broker")));
        }
    }

    private static void writeReadyFile() throws java.io.IOException {
        var ready = System.getProperty("parley.devservices.readyFile");
        if (ready != null && !ready.isBlank()) {
            var path = Path.of(ready);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, "ready\n");
        }
        LOG.info("Embedded services ready");
    }

    private static String setting(String name, String fallback) {
        var value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Stopping an embedded service failed", e);
            }
        }
    }
}
