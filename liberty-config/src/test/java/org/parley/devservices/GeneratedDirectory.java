package org.parley.devservices;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A generated LDIF read back into entries, for assertions. */
record GeneratedDirectory(List<Entry> entries) {

    static GeneratedDirectory read(String ldif) throws Exception {
        var entries = new ArrayList<Entry>();
        try (var reader = new LDIFReader(new ByteArrayInputStream(ldif.getBytes(StandardCharsets.UTF_8)))) {
            for (var entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                entries.add(entry);
            }
        }
        return new GeneratedDirectory(List.copyOf(entries));
    }

    static GeneratedDirectory generate(int people, long seed) throws Exception {
        return read(new DirectoryGenerator(people, seed).ldif());
    }

    List<Entry> people() {
        return entries.stream().filter(e -> e.hasObjectClass("inetOrgPerson")).toList();
    }

    List<Entry> groups() {
        return entries.stream().filter(e -> e.hasObjectClass("groupOfNames")).toList();
    }

    Map<String, Entry> peopleByDn() {
        return people().stream().collect(Collectors.toMap(e -> normalized(e.getDN()), Function.identity()));
    }

    static String normalized(String dn) {
        try {
            return DN.normalize(dn);
        } catch (LDAPException e) {
            throw new IllegalArgumentException("not a DN: " + dn, e);
        }
    }

    Entry group(String cn) {
        return groups().stream().filter(g -> cn.equals(g.getAttributeValue("cn"))).findFirst().orElseThrow();
    }
}
