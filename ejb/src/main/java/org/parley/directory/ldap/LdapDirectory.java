package org.parley.directory.ldap;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

import org.parley.directory.Directory;
import org.parley.directory.Person;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/**
 * The directory over LDAP. The pool is created on first use and re-created after a failure, so
 * the application starts even while the directory is down and recovers when it returns.
 * Thread safety: the pool is thread-safe; its reference is guarded by this object's monitor.
 */
public class LdapDirectory implements Directory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());
    private static final String[] ATTRIBUTES = {"uid", "cn", "displayName", "mail", "title", "departmentNumber"};

    private final LdapSettings settings;
    private final TtlCache<String, Optional<Person>> people;
    private final TtlCache<String, Set<String>> groups;
    private LDAPConnectionPool pool;

    public LdapDirectory(LdapSettings settings) {
        this.settings = settings;
        long ttl = settings.cacheSeconds() * 1000L;
        this.people = new TtlCache<>(ttl, settings.cacheSize(), java.time.Clock.systemUTC());
        this.groups = new TtlCache<>(ttl, settings.cacheSize(), java.time.Clock.systemUTC());
    }

    @Override
    public Optional<Person> find(String uid) {
        return people.get(UserIds.requireValid(uid), this::lookUp);
    }

    @Override
    public Set<String> groupsOf(String uid) {
        return groups.get(UserIds.requireValid(uid), this::lookUpGroups);
    }

    private Optional<Person> lookUp(String uid) {
        try {
            var entry = pool().searchForEntry(settings.userBase(), SearchScope.SUB, userFilter(uid), ATTRIBUTES);
            return Optional.ofNullable(entry).map(LdapDirectory::toPerson);
        } catch (LDAPException e) {
            throw failure(uid, e);
        }
    }

    private Set<String> lookUpGroups(String uid) {
        try {
            var person = pool().searchForEntry(settings.userBase(), SearchScope.SUB, userFilter(uid), "1.1");
            if (person == null) {
                return Set.of();
            }
            var result = pool().search(settings.groupBase(), SearchScope.SUB,
                    Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "groupOfNames"),
                            Filter.createEqualityFilter("member", person.getDN())), "cn");
            var names = new TreeSet<String>();
            result.getSearchEntries().forEach(e -> names.add(e.getAttributeValue("cn")));
            return Set.copyOf(names);
        } catch (LDAPException e) {
            throw failure(uid, e);
        }
    }

    @Override
    public Set<String> groupMembers(String group) {
        if (group == null || group.isBlank() || group.length() > 128) {
            throw new ParleyException.Invalid("A group name is 1 to 128 characters");
        }
        try {
            var entry = pool().searchForEntry(settings.groupBase(), SearchScope.SUB,
                    Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "groupOfNames"),
                            Filter.createEqualityFilter("cn", group)), "member");
            if (entry == null) {
                return Set.of();
            }
            var uids = new TreeSet<String>();
            for (var member : entry.getAttributeValues("member")) {
                uidOf(member).ifPresent(uids::add);
            }
            return Set.copyOf(uids);
        } catch (LDAPException e) {
            throw failure(group, e);
        }
    }

    /** The uid of a member DN directly under the people base, such as uid=bob,ou=people,... */
    private Optional<String> uidOf(String memberDn) {
        try {
            var dn = new com.unboundid.ldap.sdk.DN(memberDn);
            var rdn = dn.getRDN();
            if (rdn == null || !dn.isDescendantOf(settings.userBase(), false) || !rdn.hasAttribute("uid")) {
                return Optional.empty();
            }
            return Optional.of(rdn.getAttributeValues()[0]);
        } catch (LDAPException e) {
            return Optional.empty();
        }
    }

    private static Filter userFilter(String uid) {
        return Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "inetOrgPerson"),
                Filter.createEqualityFilter("uid", uid));
    }

    private ParleyException failure(String uid, LDAPException e) {
        LOG.log(Level.WARNING, "Directory look-up of {0} failed: {1}", new Object[] {uid, e.getMessage()});
        if (e.getResultCode().isConnectionUsable()) {
            return new ParleyException.Unavailable("The directory refused the look-up");
        }
        reset();
        return new ParleyException.Unavailable("The directory cannot be reached");
    }

    private static Person toPerson(SearchResultEntry e) {
        var name = e.getAttributeValue("displayName");
        return new Person(e.getAttributeValue("uid"), name != null ? name : e.getAttributeValue("cn"),
                orEmpty(e.getAttributeValue("mail")), orEmpty(e.getAttributeValue("title")),
                orEmpty(e.getAttributeValue("departmentNumber")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private synchronized LDAPConnectionPool pool() throws LDAPException {
        if (pool == null) {
            var options = new LDAPConnectionOptions();
            options.setConnectTimeoutMillis(settings.timeoutMillis());
            options.setResponseTimeoutMillis(settings.timeoutMillis());
            var connection = new LDAPConnection(options, settings.host(), settings.port());
            if (!settings.bindDn().isEmpty()) {
                connection.bind(settings.bindDn(), settings.bindPassword());
            }
            pool = new LDAPConnectionPool(connection, 1, settings.poolSize());
        }
        return pool;
    }

    private synchronized void reset() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    /** Closes every pooled connection and forgets what was cached. */
    public synchronized void close() {
        reset();
        people.clear();
        groups.clear();
    }
}
