package org.parley.directory.ldap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;

import org.parley.directory.Card;
import org.parley.directory.DirectoryGroup;

/** How directory entries map to cards and groups, and the filters that find them. */
final class LdapEntries {

    /** A person's entry: where it is, and what it says. */
    record PersonEntry(String dn, Card card) {
    }

    static final String[] PERSON_ATTRIBUTES = {"uid", "cn", "displayName", "givenName", "sn", "title",
        "departmentNumber", "mail", "telephoneNumber", "mobile", "l", "employeeNumber", "preferredLanguage",
        "manager", "jpegPhoto"};
    static final String[] GROUP_ATTRIBUTES = {"cn", "description", "owner", "member"};
    /** What a search by prefix compares each word with. */
    private static final String[] SEARCHED = {"displayName", "cn", "givenName", "sn", "uid", "mail",
        "departmentNumber"};
    /**
     * Phone attributes, compared only with words that hold a digit: their matching rule ignores
     * everything but digits and a few signs, so a word of letters would match every phone.
     */
    private static final String[] PHONES = {"telephoneNumber", "mobile"};

    private final String userBase;

    LdapEntries(String userBase) {
        this.userBase = userBase;
    }

    static Filter person(String uid) {
        return Filter.createANDFilter(isPerson(), Filter.createEqualityFilter("uid", uid));
    }

    static Filter anyOf(Collection<String> uids) {
        var each = new ArrayList<Filter>();
        uids.forEach(uid -> each.add(Filter.createEqualityFilter("uid", uid)));
        return Filter.createANDFilter(isPerson(), Filter.createORFilter(each));
    }

    static Filter everyWordBegins(List<String> words) {
        var all = new ArrayList<Filter>();
        all.add(isPerson());
        for (var word : words) {
            var any = new ArrayList<Filter>();
            for (var attribute : SEARCHED) {
                any.add(Filter.createSubInitialFilter(attribute, word));
            }
            if (word.chars().anyMatch(Character::isDigit)) {
                for (var attribute : PHONES) {
                    any.add(Filter.createSubInitialFilter(attribute, word));
                }
            }
            all.add(Filter.createORFilter(any));
        }
        return Filter.createANDFilter(all);
    }

    static Filter reportsTo(String managerDn) {
        return Filter.createANDFilter(isPerson(), Filter.createEqualityFilter("manager", managerDn));
    }

    static Filter group(String name) {
        return Filter.createANDFilter(isGroup(), Filter.createEqualityFilter("cn", name));
    }

    static Filter groupsBeginning(String prefix) {
        if (prefix.isEmpty()) {
            return isGroup();
        }
        return Filter.createANDFilter(isGroup(), Filter.createORFilter(Filter.createSubInitialFilter("cn", prefix),
                Filter.createSubInitialFilter("description", prefix)));
    }

    static Filter groupsWith(String memberDn) {
        return Filter.createANDFilter(isGroup(), Filter.createEqualityFilter("member", memberDn));
    }

    private static Filter isPerson() {
        return Filter.createEqualityFilter("objectClass", "inetOrgPerson");
    }

    private static Filter isGroup() {
        return Filter.createEqualityFilter("objectClass", "groupOfNames");
    }

    PersonEntry toPerson(SearchResultEntry e) {
        var name = e.getAttributeValue("displayName");
        var card = new Card(e.getAttributeValue("uid"), name != null ? name : e.getAttributeValue("cn"),
                e.getAttributeValue("givenName"), e.getAttributeValue("sn"), e.getAttributeValue("title"),
                e.getAttributeValue("departmentNumber"), e.getAttributeValue("mail"),
                e.getAttributeValue("telephoneNumber"), e.getAttributeValue("mobile"), e.getAttributeValue("l"),
                e.getAttributeValue("employeeNumber"), e.getAttributeValue("preferredLanguage"),
                uidOf(e.getAttributeValue("manager")).orElse(""), e.hasAttribute("jpegPhoto"));
        return new PersonEntry(e.getDN(), card);
    }

    DirectoryGroup toGroup(SearchResultEntry e) {
        var people = new TreeSet<String>();
        var groups = new TreeSet<String>();
        var members = e.getAttributeValues("member");
        if (members != null) {
            for (var member : members) {
                uidOf(member).ifPresentOrElse(people::add, () -> groupNameOf(member).ifPresent(groups::add));
            }
        }
        return new DirectoryGroup(e.getAttributeValue("cn"), e.getAttributeValue("description"),
                uidOf(e.getAttributeValue("owner")).orElse(""), people, groups);
    }

    /** The uid of a DN directly under the people base, such as uid=bob,ou=people,... */
    Optional<String> uidOf(String dn) {
        return rdnValue(dn, "uid", userBase);
    }

    private static Optional<String> groupNameOf(String dn) {
        return rdnValue(dn, "cn", null);
    }

    private static Optional<String> rdnValue(String value, String attribute, String base) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            var dn = new DN(value);
            var rdn = dn.getRDN();
            if (rdn == null || !rdn.hasAttribute(attribute) || (base != null && !dn.isDescendantOf(base, false))) {
                return Optional.empty();
            }
            return Optional.of(rdn.getAttributeValues()[0]);
        } catch (LDAPException e) {
            return Optional.empty();
        }
    }
}
