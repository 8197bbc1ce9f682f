package org.parley.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedGroupsTest {

    @Test
    void everyGroupShouldHaveMembersThatExist() throws Exception {
        var directory = GeneratedDirectory.generate(220, 42);
        var byDn = directory.peopleByDn();
        assertEquals(16, directory.groups().size());
        for (var group : directory.groups()) {
            var members = group.getAttributeValues("member");
            assertTrue(members.length > 0, group.getDN());
            for (var member : members) {
                assertTrue(byDn.containsKey(GeneratedDirectory.normalized(member)), member + " in " + group.getDN());
            }
        }
    }

    @Test
    void departmentGroupsShouldHoldEveryoneOnce() throws Exception {
        var directory = GeneratedDirectory.generate(220, 42);
        var departmentMembers = directory.groups().stream()
                .filter(g -> g.getAttributeValue("cn").startsWith("dept-"))
                .mapToInt(g -> g.getAttributeValues("member").length).sum();
        assertEquals(220, departmentMembers);
        assertTrue(directory.group("dept-engineering").hasAttributeValue("member", DirectoryGenerator.personDn("carol")));
    }

    @Test
    void adminsShouldBeAliceAndOneItPersonOnly() throws Exception {
        var directory = GeneratedDirectory.generate(220, 42);
        var members = directory.group("admins").getAttributeValues("member");
        assertEquals(2, members.length);
        assertEquals(DirectoryGenerator.personDn("alice"), members[0]);
        Entry itAdmin = directory.peopleByDn().get(GeneratedDirectory.normalized(members[1]));
        assertEquals("IT", itAdmin.getAttributeValue("departmentNumber"));
        assertTrue(List.of("bob", "carol", "dave", "erin").stream()
                .noneMatch(uid -> uid.equals(itAdmin.getAttributeValue("uid"))));
    }
}
