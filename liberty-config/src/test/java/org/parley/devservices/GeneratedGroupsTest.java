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
        var groupDns = directory.groups().stream().map(g -> GeneratedDirectory.normalized(g.getDN())).toList();
        assertEquals(17, directory.groups().size());
        for (var group : directory.groups()) {
            var members = group.getAttributeValues("member");
            assertTrue(members.length > 0, group.getDN());
            for (var member : members) {
                var dn = GeneratedDirectory.normalized(member);
                assertTrue(byDn.containsKey(dn) || groupDns.contains(dn), member + " in " + group.getDN());
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

    @Test
    void allProjectsShouldNestEveryProjectGroupAndNoPerson() throws Exception {
        var directory = GeneratedDirectory.generate(220, 42);
        var members = List.of(directory.group("all-projects").getAttributeValues("member"));
        var projects = directory.groups().stream().map(g -> g.getAttributeValue("cn"))
                .filter(cn -> cn.startsWith("project-")).map(cn -> "cn=" + cn + "," + DirectoryGenerator.GROUPS_DN)
                .toList();
        assertEquals(6, projects.size());
        assertEquals(java.util.Set.copyOf(projects), java.util.Set.copyOf(members));
    }

    @Test
    void everyThirdPersonShouldHaveAJpegPhoto() throws Exception {
        var people = GeneratedDirectory.generate(220, 42).people();
        var withPhoto = people.stream().filter(p -> p.hasAttribute("jpegPhoto")).toList();
        assertEquals(74, withPhoto.size());
        for (var person : withPhoto) {
            var bytes = person.getAttributeValueBytes("jpegPhoto");
            assertTrue(bytes.length > 100 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8, "a JPEG");
        }
        assertTrue(people.get(0).hasAttribute("jpegPhoto"), "alice, first on the chart, has one");
    }
}
