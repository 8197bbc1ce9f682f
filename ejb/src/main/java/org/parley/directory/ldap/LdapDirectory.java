package org.parley.directory.ldap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;

import org.parley.directory.Card;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryFigures;
import org.parley.directory.DirectoryGroup;
import org.parley.directory.Found;
import org.parley.directory.OrgDirectory;
import org.parley.directory.Person;
import org.parley.directory.UserIds;
import org.parley.directory.ldap.LdapEntries.PersonEntry;
import org.parley.error.ParleyException;

/**
 * The directory over LDAP: reads on one bounded pool (bound as the application's account),
 * password checks on another (each bind as the person), every look-up cached for a while.
 * Thread safety: the pools and caches are thread-safe; this class holds no other state.
 */
public class LdapDirectory implements Directory, OrgDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());
    private static final Comparator<Card> BY_NAME = Comparator
            .comparing((Card c) -> c.displayName().toLowerCase(java.util.Locale.ROOT)).thenComparing(Card::uid);
    private static final int BATCH = 50;

    private final LdapSettings settings;
    private final LdapEntries entries;
    private final LdapConnections reads;
    private final LdapConnections binds;
    private final TtlCache<String, Optional<PersonEntry>> people;
    private final TtlCache<String, Set<String>> memberships;
    private final TtlCache<String, Optional<DirectoryGroup>> groups;
    private final TtlCache<String, Found<Card>> searches;
    private final TtlCache<String, Found<DirectoryGroup>> groupSearches;
    private final TtlCache<String, Optional<byte[]>> photos;
    private final LongAdder bindNanos = new LongAdder();

    public LdapDirectory(LdapSettings settings) {
        this.settings = settings;
        this.entries = new LdapEntries(settings.userBase());
        var clock = Clock.systemUTC();
        var account = settings.bindDn().isEmpty() ? null : new SimpleBindRequest(settings.bindDn(), settings.bindPassword());
        this.reads = new LdapConnections("read", settings, account, settings.poolSize(), clock::millis);
        this.binds = new LdapConnections("bind", settings, null, settings.bindPoolSize(), clock::millis);
        long ttl = settings.cacheSeconds() * 1000L;
        int size = settings.cacheSize();
        this.people = new TtlCache<>(ttl, size, clock);
        this.memberships = new TtlCache<>(ttl, size, clock);
        this.groups = new TtlCache<>(ttl, Math.min(size, 10_000), clock);
        this.searches = new TtlCache<>(ttl, Math.min(size, 1_000), clock);
        this.groupSearches = new TtlCache<>(ttl, Math.min(size, 1_000), clock);
        this.photos = new TtlCache<>(ttl, Math.min(size, 1_000), clock);
    }

    @Override
    public Optional<Person> find(String uid) {
        return card(uid).map(Card::person);
    }

    @Override
    public Optional<Card> card(String uid) {
        return entry(uid).map(PersonEntry::card);
    }

    /** A person's entry, from the cache when it is there. */
    Optional<PersonEntry> entry(String uid) {
        return people.get(UserIds.requireValid(uid), this::lookUp);
    }

    @Override
    public Map<String, Card> cards(Collection<String> uids) {
        var found = new LinkedHashMap<String, Card>();
        var missing = new ArrayList<String>();
        for (var uid : uids) {
            UserIds.requireValid(uid);
            var cached = people.peek(uid);
            if (cached == null) {
                missing.add(uid);
            } else {
                cached.ifPresent(e -> found.put(uid, e.card()));
            }
        }
        for (int i = 0; i < missing.size(); i += BATCH) {
            var batch = missing.subList(i, Math.min(missing.size(), i + BATCH));
            var loaded = new LinkedHashMap<String, PersonEntry>();
            search(settings.userBase(), LdapEntries.anyOf(batch), BATCH, LdapEntries.PERSON_ATTRIBUTES)
                    .items().forEach(e -> {
                        var person = entries.toPerson(e);
                        loaded.put(person.card().uid(), person);
                    });
            for (var uid : batch) {
                var entry = Optional.ofNullable(loaded.get(uid));
                people.put(uid, entry);
                entry.ifPresent(e -> found.put(uid, e.card()));
            }
        }
        return found;
    }

    @Override
    public Found<Card> search(List<String> words) {
        return searches.get(String.join(" ", words), key -> people(LdapEntries.everyWordBegins(words)));
    }

    @Override
    public Found<Card> reportsOf(String uid) {
        var manager = entry(uid).orElseThrow(() -> new ParleyException.NotFound("No such person: " + uid));
        return searches.get("reports-of " + uid, key -> people(LdapEntries.reportsTo(manager.dn())));
    }

    private Found<Card> people(Filter filter) {
        var found = search(settings.userBase(), filter, settings.searchMaxResults(), LdapEntries.PERSON_ATTRIBUTES);
        var cards = new ArrayList<Card>();
        for (var e : found.items()) {
            var person = entries.toPerson(e);
            people.put(person.card().uid(), Optional.of(person));
            cards.add(person.card());
        }
        cards.sort(BY_NAME);
        return new Found<>(cards, found.truncated());
    }

    @Override
    public Found<DirectoryGroup> groups(String prefix) {
        return groupSearches.get(prefix, p -> {
            var found = search(settings.groupBase(), LdapEntries.groupsBeginning(p), settings.searchMaxResults(),
                    LdapEntries.GROUP_ATTRIBUTES);
            var list = new ArrayList<DirectoryGroup>();
            found.items().forEach(e -> list.add(entries.toGroup(e)));
            list.sort(Comparator.comparing(DirectoryGroup::name));
            list.forEach(g -> groups.put(g.name(), Optional.of(g)));
            return new Found<>(list, found.truncated());
        });
    }

    @Override
    public Optional<DirectoryGroup> group(String name) {
        return groups.get(requireGroupName(name), n -> search(settings.groupBase(), LdapEntries.group(n), 1,
                LdapEntries.GROUP_ATTRIBUTES).items().stream().findFirst().map(entries::toGroup));
    }

    @Override
    public Set<String> groupsOf(String uid) {
        return memberships.get(UserIds.requireValid(uid), u -> {
            var person = entry(u);
            if (person.isEmpty()) {
                return Set.of();
            }
            var names = new TreeSet<String>();
            search(settings.groupBase(), LdapEntries.groupsWith(person.get().dn()), settings.searchMaxResults(), "cn")
                    .items().forEach(e -> names.add(e.getAttributeValue("cn")));
            return Set.copyOf(names);
        });
    }

    @Override
    public Set<String> groupMembers(String group) {
        return group(group).map(DirectoryGroup::people).orElse(Set.of());
    }

    @Override
    public Optional<byte[]> photo(String uid) {
        return photos.get(UserIds.requireValid(uid), u -> search(settings.userBase(), LdapEntries.person(u), 1,
                "jpegPhoto").items().stream().findFirst().map(e -> e.getAttributeValueBytes("jpegPhoto")));
    }

    /** Whether the password is the person's, by a bind as them on the password-check pool. */
    boolean bind(String dn, byte[] password) {
        long start = System.nanoTime();
        try {
            return binds.run(connection -> {
                connection.bind(new SimpleBindRequest(dn, password));
                return true;
            });
        } catch (LDAPException e) {
            LOG.log(Level.FINE, "Bind as {0} refused: {1}", new Object[] {dn, e.getResultCode()});
            return false;
        } finally {
            bindNanos.add(System.nanoTime() - start);
        }
    }

    private Optional<PersonEntry> lookUp(String uid) {
        return search(settings.userBase(), LdapEntries.person(uid), 1, LdapEntries.PERSON_ATTRIBUTES)
                .items().stream().findFirst().map(entries::toPerson);
    }

    private Found<SearchResultEntry> search(String base, Filter filter, int limit, String... attributes) {
        var request = new SearchRequest(base, SearchScope.SUB, filter, attributes);
        request.setSizeLimit(limit);
        request.setResponseTimeoutMillis(settings.timeoutMillis());
        try {
            return reads.run(connection -> new Found<>(connection.search(request).getSearchEntries(), false));
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                return new Found<>(e.getSearchEntries(), true);
            }
            throw refused(e);
        } catch (LDAPException e) {
            throw refused(e);
        }
    }

    private static ParleyException refused(LDAPException e) {
        LOG.log(Level.WARNING, "The directory refused a search: {0}", e.getMessage());
        return new ParleyException.Unavailable("The directory refused the look-up");
    }

    private static String requireGroupName(String name) {
        if (name == null || name.isBlank() || name.length() > 128) {
            throw new ParleyException.Invalid("A group name is 1 to 128 characters");
        }
        return name;
    }

    @Override
    public int refresh() {
        try {
            var loaded = new LdapPreload(settings, entries, reads).load(settings.cacheSize());
            loaded.people().forEach(p -> people.put(p.card().uid(), Optional.of(p)));
            loaded.groupsOf().forEach((uid, names) -> memberships.put(uid, Set.copyOf(names)));
            loaded.groups().forEach(g -> groups.put(g.name(), Optional.of(g)));
            return loaded.people().size();
        } catch (LDAPException e) {
            throw refused(e);
        }
    }

    @Override
    public void forget() {
        people.clear();
        memberships.clear();
        groups.clear();
        searches.clear();
        groupSearches.clear();
        photos.clear();
        LOG.info("Directory cache cleared");
    }

    @Override
    public DirectoryFigures figures() {
        long hits = people.hits() + memberships.hits() + groups.hits() + searches.hits() + groupSearches.hits()
                + photos.hits();
        long misses = people.misses() + memberships.misses() + groups.misses() + searches.misses()
                + groupSearches.misses() + photos.misses();
        return new DirectoryFigures(reads.operations(), binds.operations(), reads.failures() + binds.failures(),
                reads.refused() + binds.refused(), reads.size() + binds.size(), reads.inUse() + binds.inUse(),
                reads.peakInUse() + binds.peakInUse(), hits, misses, bindNanos.sum(),
                reads.available() && binds.available());
    }

    /** Closes every pooled connection and forgets what was cached. */
    public void close() {
        reads.close();
        binds.close();
        forget();
    }
}
