package org.parley.directory.ldap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.directory.OrgDirectory;
import org.parley.directory.PasswordCheck;

/** Makes the one LDAP directory of the application from the server's configuration variables. */
@ApplicationScoped
public class LdapDirectoryProducer {

    @Inject @ConfigProperty(name = "parley.ldap.host", defaultValue = "127.0.0.1")
    String host;
    @Inject @ConfigProperty(name = "parley.ldap.port", defaultValue = "10389")
    int port;
    @Inject @ConfigProperty(name = "parley.ldap.servers", defaultValue = " ")
    String servers;
    @Inject @ConfigProperty(name = "parley.ldap.bindDN", defaultValue = "")
    String bindDn;
    @Inject @ConfigProperty(name = "parley.ldap.bindPassword", defaultValue = "")
    String bindPassword;
    @Inject @ConfigProperty(name = "parley.ldap.userBase", defaultValue = "ou=people,dc=parley,dc=example")
    String userBase;
    @Inject @ConfigProperty(name = "parley.ldap.groupBase", defaultValue = "ou=groups,dc=parley,dc=example")
    String groupBase;
    @Inject @ConfigProperty(name = "parley.ldap.poolSize", defaultValue = "8")
    int poolSize;
    @Inject @ConfigProperty(name = "parley.ldap.bindPoolSize", defaultValue = "8")
    int bindPoolSize;
    @Inject @ConfigProperty(name = "parley.ldap.maxWaiting", defaultValue = "32")
    int maxWaiting;
    @Inject @ConfigProperty(name = "parley.ldap.timeoutMillis", defaultValue = "3000")
    int timeoutMillis;
    @Inject @ConfigProperty(name = "parley.ldap.retryMillis", defaultValue = "2000")
    int retryMillis;
    @Inject @ConfigProperty(name = "parley.ldap.cacheSeconds", defaultValue = "300")
    int cacheSeconds;
    @Inject @ConfigProperty(name = "parley.ldap.cacheSize", defaultValue = "100000")
    int cacheSize;
    @Inject @ConfigProperty(name = "parley.directory.searchMaxResults", defaultValue = "1000")
    int searchMaxResults;

    private LdapDirectory ldap;

    @PostConstruct
    void open() {
        ldap = new LdapDirectory(new LdapSettings(LdapSettings.servers(servers, host, port), bindDn, bindPassword,
                userBase, groupBase, poolSize, bindPoolSize, maxWaiting, timeoutMillis, retryMillis, cacheSeconds,
                cacheSize, searchMaxResults));
    }

    @PreDestroy
    void close() {
        ldap.close();
    }

    @Produces
    @ApplicationScoped
    Directory directory() {
        return ldap;
    }

    @Produces
    @ApplicationScoped
    OrgDirectory orgDirectory() {
        return ldap;
    }

    @Produces
    @ApplicationScoped
    PasswordCheck passwordCheck() {
        return new LdapPasswordCheck(ldap);
    }
}
