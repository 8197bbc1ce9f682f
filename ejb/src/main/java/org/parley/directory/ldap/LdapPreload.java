package org.parley.directory.ldap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import org.parley.directory.DirectoryGroup;
import org.parley.directory.ldap.LdapEntries.PersonEntry;

/**
 * Reads every person and group with paged searches (RFC 2696), so that a login storm finds the
 * people, their DNs and their groups in the cache and costs one bind per sign-in. Photos are
 * not read, only which people have one.
 */
final class LdapPreload {

    /** Everything read. */
    record Loaded(List<PersonEntry> people, Map<String, Set<String>> groupsOf, List<DirectoryGroup> groups) {
    }

    private static final int PAGE = 500;
    private static final String[] WITHOUT_PHOTO = java.util.Arrays.stream(LdapEntries.PERSON_ATTRIBUTES)
            .filter(a -> !a.equals("jpegPhoto")).toArray(String[]::new);

    private final LdapSettings settings;
    private final LdapEntries entries;
    private final LdapConnections reads;

    LdapPreload(LdapSettings settings, LdapEntries entries, LdapConnections reads) {
        this.settings = settings;
        this.entries = entries;
        this.reads = reads;
    }

    /** Reads at most {@code maxPeople} people, and every group. */
    Loaded load(int maxPeople) throws LDAPException {
        var photos = new HashSet<String>();
        paged(settings.userBase(), Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "inetOrgPerson"),
                Filter.createPresenceFilter("jpegPhoto")), maxPeople, e -> photos.add(normalized(e.getDN())), "1.1");
        var people = new ArrayList<PersonEntry>();
        paged(settings.userBase(), Filter.createEqualityFilter("objectClass", "inetOrgPerson"), maxPeople, e -> {
            var person = entries.toPerson(e);
            if (photos.contains(normalized(e.getDN()))) {
                person = new PersonEntry(person.dn(), person.card().withPhoto(true));
            }
            people.add(person);
        }, WITHOUT_PHOTO);
        var groups = new ArrayList<DirectoryGroup>();
        paged(settings.groupBase(), Filter.createEqualityFilter("objectClass", "groupOfNames"), Integer.MAX_VALUE,
                e -> groups.add(entries.toGroup(e)), LdapEntries.GROUP_ATTRIBUTES);
        var groupsOf = new HashMap<String, Set<String>>();
        people.forEach(p -> groupsOf.put(p.card().uid(), new TreeSet<>()));
        for (var group : groups) {
            for (var uid : group.people()) {
                var of = groupsOf.get(uid);
                if (of != null) {
                    of.add(group.name());
                }
            }
        }
        return new Loaded(people, groupsOf, groups);
    }

    private void paged(String base, Filter filter, int max, Consumer<SearchResultEntry> each, String... attributes)
            throws LDAPException {
        ASN1OctetString cookie = null;
        int seen = 0;
        do {
            var request = new SearchRequest(base, SearchScope.SUB, filter, attributes);
            request.addControl(new SimplePagedResultsControl(PAGE, cookie));
            request.setResponseTimeoutMillis(settings.timeoutMillis());
            var result = reads.run(connection -> connection.search(request));
            for (var entry : result.getSearchEntries()) {
                if (seen++ < max) {
                    each.accept(entry);
                }
            }
            var paging = SimplePagedResultsControl.get(result);
            cookie = paging == null || !paging.moreResultsToReturn() ? null : paging.getCookie();
        } while (cookie != null && seen < max);
    }

    private static String normalized(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn;
        }
    }
}
