package org.parley.devservices;

import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * An ActiveMQ Artemis broker for one Parley host: a loopback TCP acceptor, its journal under the
 * data directory, and one user whose role may do everything on every address.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());
    private static final String ROLE = "parley";

    private final EmbeddedActiveMQ broker;

    private EmbeddedBroker(EmbeddedActiveMQ broker) {
        this.broker = broker;
    }

    /**
     * Starts a broker.
     *
     * @param host the address to listen on (loopback by default)
     * @param port the TCP port
     * @param dataDir where the journal is kept
     * @param user the one user allowed to connect
     * @param password that user's password
     */
    public static EmbeddedBroker start(String host, int port, Path dataDir, String user, String password)
            throws Exception {
        var config = new ConfigurationImpl()
                .setName("parley-embedded")
                .setPersistenceEnabled(true)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false);
        config.addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port);
        config.putSecurityRoles("#", Set.of(
                new Role(ROLE, true, true, true, true, true, true, true, true, true, true, true, true)));
        var users = new SecurityConfiguration();
        users.addUser(user, password);
        users.addRole(user, ROLE);
        var broker = new EmbeddedActiveMQ()
                .setConfiguration(config)
                .setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();
        LOG.info(() -> "Broker listening on tcp://" + host + ":" + port);
        return new EmbeddedBroker(broker);
    }

    @Override
    public void close() throws Exception {
        broker.stop();
        ActiveMQClient.clearThreadPools();
        InVMConnector.resetThreadPool();
    }
}
