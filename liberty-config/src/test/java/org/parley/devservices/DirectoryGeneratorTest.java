package org.parley.devservices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryGeneratorTest {

    @Test
    void sameSeedShouldGiveIdenticalBytes() {
        var first = new DirectoryGenerator(500, 7).ldif().getBytes(StandardCharsets.UTF_8);
        var second = new DirectoryGenerator(500, 7).ldif().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(first, second);
    }

    @Test
    void differentSeedsShouldGiveDifferentDirectories() {
        assertNotEquals(new DirectoryGenerator(220, 1).ldif(), new DirectoryGenerator(220, 2).ldif());
    }

    @ParameterizedTest
    @ValueSource(ints = {59, 220, 1_000, 3_333})
    void shouldWriteTheRequestedNumberOfPeople(int people) throws Exception {
        assertEquals(people, GeneratedDirectory.generate(people, 42).people().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {59, 220, 2_500})
    void everyManagerDnShouldNameAPersonInTheDirectory(int people) throws Exception {
        var directory = GeneratedDirectory.generate(people, 11);
        var byDn = directory.peopleByDn();
        for (var person : directory.people()) {
            var manager = person.getAttributeValue("manager");
            if (manager != null) {
                assertTrue(byDn.containsKey(GeneratedDirectory.normalized(manager)), "manager of " + person.getDN());
            }
        }
    }

    @Test
    void onlyAliceTheCeoShouldHaveNoManager() throws Exception {
        var withoutManager = GeneratedDirectory.generate(1_000, 3).people().stream()
                .filter(p -> !p.hasAttribute("manager")).toList();
        assertEquals(1, withoutManager.size());
        assertEquals("alice", withoutManager.get(0).getAttributeValue("uid"));
        assertEquals("Chief Executive Officer", withoutManager.get(0).getAttributeValue("title"));
    }

    @Test
    void uidsShouldBeUniqueAndMatchTheirDnAndMail() throws Exception {
        var uids = new HashSet<String>();
        for (var person : GeneratedDirectory.generate(5_000, 5).people()) {
            var uid = person.getAttributeValue("uid");
            assertTrue(uids.add(uid), "duplicate uid " + uid);
            assertTrue(uid.matches("[a-z]+[0-9]*"), uid);
            assertEquals(DirectoryGenerator.personDn(uid), person.getDN());
            assertEquals(uid + "@parley.example", person.getAttributeValue("mail"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {59, 220, 4_000})
    void everyManagerShouldHaveFiveToTenDirectReports(int people) throws Exception {
        var reports = new HashMap<String, Integer>();
        for (var person : GeneratedDirectory.generate(people, 9).people()) {
            var manager = person.getAttributeValue("manager");
            if (manager != null) {
                reports.merge(manager, 1, Integer::sum);
            }
        }
        reports.forEach((manager, count) ->
                assertTrue(count >= 5 && count <= 10, manager + " has " + count + " reports"));
    }

    @Test
    void orgTreeShouldRunFromCeoThroughVicePresidents() throws Exception {
        var people = GeneratedDirectory.generate(220, 42).people();
        var vicePresidents = people.stream()
                .filter(p -> DirectoryGenerator.personDn("alice").equals(p.getAttributeValue("manager"))).toList();
        assertEquals(8, vicePresidents.size());
        vicePresidents.forEach(vp -> assertTrue(vp.getAttributeValue("title").startsWith("Vice President, ")));
    }

    @Test
    void phoneNumbersShouldBeUniqueAndFictional() throws Exception {
        var numbers = new HashSet<String>();
        for (var person : GeneratedDirectory.generate(5_000, 5).people()) {
            for (var attribute : List.of("telephoneNumber", "mobile")) {
                var number = person.getAttributeValue(attribute);
                assertTrue(number.matches("\\+1-555-01\\d\\d-\\d{4}"), number);
                assertTrue(numbers.add(number), "duplicate " + number);
            }
        }
    }

    @Test
    void demoAccountsShouldComeFirstWithTheirNames() throws Exception {
        var people = GeneratedDirectory.generate(220, 99).people();
        var expected = Map.of("alice", "Alice Archer", "bob", "Bob Baker", "carol", "Carol Chen",
                "dave", "Dave Diaz", "erin", "Erin Evans");
        var firstFive = people.subList(0, 5).stream().map(p -> p.getAttributeValue("uid")).toList();
        assertEquals(List.of("alice", "bob", "carol", "dave", "erin"), firstFive);
        people.subList(0, 5).forEach(p -> assertEquals(expected.get(p.getAttributeValue("uid")), p.getAttributeValue("cn")));
        assertEquals("Engineering Manager", people.get(1).getAttributeValue("title"));
        assertEquals(DirectoryGenerator.personDn("bob"), people.get(2).getAttributeValue("manager"));
        assertEquals("Sales", people.get(3).getAttributeValue("departmentNumber"));
        assertEquals("Support", people.get(4).getAttributeValue("ou"));
    }

    @Test
    void passwordsShouldBeSaltedSha1OfTheDemoPassword() throws Exception {
        for (var person : GeneratedDirectory.generate(100, 1).people()) {
            var stored = person.getAttributeValue("userPassword");
            assertTrue(stored.startsWith("{SSHA}"), stored);
            var decoded = Base64.getDecoder().decode(stored.substring("{SSHA}".length()));
            assertEquals(28, decoded.length);
            var salt = Arrays.copyOfRange(decoded, 20, 28);
            assertEquals(stored, new SshaPasswords(new Random()).encode("parley", salt));
        }
    }

    @Test
    void bundledLdifShouldBeWhatTheGeneratorWritesByDefault() throws Exception {
        try (var in = LdifSource.bundled().open()) {
            var bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var generated = new DirectoryGenerator(DirectoryGenerator.DEFAULT_PEOPLE, DirectoryGenerator.DEFAULT_SEED).ldif();
            assertEquals(generated, bundled, "regenerate src/main/resources/" + LdifSource.BUNDLED);
        }
    }

    @Test
    void tooFewOrTooManyPeopleShouldBeRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DirectoryGenerator(DirectoryGenerator.minimumPeople() - 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new DirectoryGenerator(DirectoryGenerator.maximumPeople() + 1, 1));
    }

    @Test
    void mainShouldWriteTheFileNamedByOut(@TempDir Path dir) throws Exception {
        var file = dir.resolve("people.ldif");
        DirectoryGenerator.main(new String[] {"--people", "80", "--seed", "5", "--out", file.toString()});
        assertEquals(new DirectoryGenerator(80, 5).ldif(), Files.readString(file));
    }

    @Test
    void aHundredThousandPeopleShouldAllBeWrittenToTheStream() throws Exception {
        // How fast is a benchmark's business, not a test's: this checks that all 100,000 are
        // written to the stream and counted.
        var out = new CountingWriter();
        new DirectoryGenerator(100_000, 42).writeLdif(out);
        assertEquals(100_000, out.people());
    }
}
