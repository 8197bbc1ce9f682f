package org.parley.directory.ldap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;

/** Makes the one LDAP directory of the application from the server's configuration variables. */
@ApplicationScoped
public class LdapDirectoryProducer {

    @Inject @ConfigProperty(name = "parley.ldap.host", defaultValue = "127.0.0.1")
    String host;
    @Inject @ConfigProperty(name = "parley.ldap.port", defaultValue = "10389")
    int port;
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
    @Inject @ConfigProperty(name = "parley.ldap.timeoutMillis", defaultValue = "3000")
    int timeoutMillis;

    @Inject @ConfigProperty(name = "parley.ldap.cacheSeconds", defaultValue = "300")
    int cacheSeconds;
    @Inject @ConfigProperty(name = "parley.ldap.cacheSize", defaultValue = "100000")
    int cacheSize;

    @Produces
    @ApplicationScoped
    Directory directory() {
        return new LdapDirectory(new LdapSettings(host, port, bindDn, bindPassword, userBase, groupBase,
                poolSize, timeoutMillis, cacheSeconds, cacheSize));
    }

    void close(@Disposes Directory directory) {
        if (directory instanceof LdapDirectory ldap) {
            ldap.close();
        }
    }
}
