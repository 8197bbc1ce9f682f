package org.parley.devservices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

/** The HR portal's reads of the demo directory: a person, their report-to chain, their team. */
final class PortalPeople {

    private static final int MAX_CHAIN = 32;
    private static final String PEOPLE = "ou=people," + DirectoryGenerator.BASE_DN;

    private final DemoDirectory directory;

    PortalPeople(DemoDirectory directory) {
        this.directory = directory;
    }

    Optional<Employee> find(String uid) throws LDAPException {
        var found = search(Filter.createEqualityFilter("uid", uid));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The manager first, up to the top. */
    List<Employee> chain(Employee person) throws LDAPException {
        var chain = new ArrayList<Employee>();
        var next = person.managerUid();
        while (next != null && chain.size() < MAX_CHAIN) {
            var manager = find(next);
            if (manager.isEmpty()) {
                break;
            }
            chain.add(manager.get());
            next = manager.get().managerUid();
        }
        return chain;
    }

    List<Employee> reports(Employee person) throws LDAPException {
        return search(Filter.createEqualityFilter("manager", "uid=" + person.uid() + "," + PEOPLE));
    }

    private List<Employee> search(Filter filter) throws LDAPException {
        try (var connection = directory.connect()) {
            var result = connection.search(PEOPLE, SearchScope.ONE, filter);
            return result.getSearchEntries().stream().map(PortalPeople::employee)
                    .sorted(Comparator.comparing(Employee::name)).toList();
        }
    }

    private static Employee employee(SearchResultEntry e) {
        String manager = null;
        var managerDn = e.getAttributeValue("manager");
        if (managerDn != null) {
            try {
                manager = new DN(managerDn).getRDN().getAttributeValues()[0];
            } catch (LDAPException ignored) {
                manager = null;
            }
        }
        return new Employee(e.getAttributeValue("uid"), text(e, "displayName", text(e, "cn", "")), text(e, "title", ""),
                text(e, "departmentNumber", text(e, "ou", "")), text(e, "mail", ""), text(e, "telephoneNumber", ""),
                text(e, "mobile", ""), text(e, "l", text(e, "physicalDeliveryOfficeName", "")), text(e, "employeeNumber", ""), manager);
    }

    private static String text(SearchResultEntry e, String attribute, String fallback) {
        var value = e.getAttributeValue(attribute);
        return value == null ? fallback : value;
    }
}
