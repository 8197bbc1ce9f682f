package org.parley.ops;

import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSRuntimeException;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parley.directory.Directory;
import org.parley.error.ParleyException;

/** Readiness checks for the database, the message broker and the directory. */
@ApplicationScoped
public class PartsHealth {

    private static final int DB_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/parley")
    DataSource database;

    @Resource(lookup = "jms/parley/connectionFactory")
    ConnectionFactory broker;

    @Inject
    Directory directory;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> check("database", () -> {
            try (var c = database.getConnection()) {
                return c.isValid(DB_TIMEOUT_SECONDS);
            } catch (SQLException e) {
                return false;
            }
        });
    }

    @Produces
    @Readiness
    HealthCheck broker() {
        return () -> check("broker", () -> {
            try (var context = broker.createContext()) {
                context.createTemporaryQueue();
                return true;
            } catch (JMSRuntimeException e) {
                return false;
            }
        });
    }

    @Produces
    @Readiness
    HealthCheck directory() {
        return () -> check("directory", () -> {
            try {
                directory.find("parley-health-probe");
                return true;
            } catch (ParleyException.Unavailable e) {
                return false;
            }
        });
    }

    private static HealthCheckResponse check(String name, Supplier<Boolean> probe) {
        return HealthCheckResponse.named(name).status(probe.get()).build();
    }
}
