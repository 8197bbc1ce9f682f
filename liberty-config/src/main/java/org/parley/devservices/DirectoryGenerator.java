package org.parley.devservices;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates a believable company directory as LDIF, the same bytes for the same people count and seed.
 *
 * <p>The layout: {@value #BASE_DN} with {@code ou=people} ({@code inetOrgPerson} entries, an org tree
 * from the CEO alice down through vice presidents, directors and managers to staff) and
 * {@code ou=groups} ({@code groupOfNames}: one per department, some projects, and {@code admins}).
 * The demo accounts alice, bob, carol, dave and erin come first. Every password is
 * {@value #DEMO_PASSWORD}, stored as {@code {SSHA}}. Every {@value #DEFAULT_PHOTO_EVERY}rd person
 * (by org chart position, alice first) has a small JPEG {@code jpegPhoto}. One group,
 * {@code all-projects}, nests the project groups. Output is streamed, so 100,000 people fit easily.
 *
 * <p>Command line: {@code DirectoryGenerator [--people N] [--seed S] [--photo-every K] [--out FILE]};
 * without {@code --out} the LDIF goes to standard output; {@code --photo-every 0} leaves photos out.
 */
public final class DirectoryGenerator {

    public static final String BASE_DN = "dc=parley,dc=example";
    public static final String PEOPLE_DN = "ou=people," + BASE_DN;
    public static final String GROUPS_DN = "ou=groups," + BASE_DN;
    public static final String MAIL_DOMAIN = "parley.example";
    public static final String DEMO_PASSWORD = "parley";
    public static final int DEFAULT_PEOPLE = 220;
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_PHOTO_EVERY = 3;

    private static final Logger LOG = Logger.getLogger(DirectoryGenerator.class.getName());
    /** Mixed into the seed for the password salts, so they do not follow the names. */
    private static final long SALT_STREAM = 0x5DEECE66DL;
    private static final int BUFFER_CHARS = 1 << 16;

    private final int people;
    private final long seed;
    private final int photoEvery;

    /**
     * @param people how many people, at least {@link #minimumPeople()} and at most {@link #maximumPeople()}
     * @param seed the seed that fixes every choice
     */
    public DirectoryGenerator(int people, long seed) {
        this(people, seed, DEFAULT_PHOTO_EVERY);
    }

    /** @param photoEvery every this many people get a photo; 0 for none */
    public DirectoryGenerator(int people, long seed, int photoEvery) {
        if (photoEvery < 0) {
            throw new IllegalArgumentException("photo-every must be 0 or more, got " + photoEvery);
        }
        this.photoEvery = photoEvery;
        if (people < minimumPeople() || people > maximumPeople()) {
            throw new IllegalArgumentException("people must be between " + minimumPeople() + " and "
                    + maximumPeople() + ", got " + people);
        }
        this.people = people;
        this.seed = seed;
    }

    public static int minimumPeople() {
        return OrgChart.minimumPeople();
    }

    public static int maximumPeople() {
        return DirectoryLdif.maximumPeople();
    }

    /** The DN of the person with this uid. */
    public static String personDn(String uid) {
        return "uid=" + uid + "," + PEOPLE_DN;
    }

    /** Streams the LDIF to {@code out} and flushes it; {@code out} stays open. */
    public void writeLdif(Writer out) throws IOException {
        var buffered = new BufferedWriter(out, BUFFER_CHARS);
        var passwords = new SshaPasswords(new Random(seed ^ SALT_STREAM));
        new DirectoryLdif(new LdifWriter(buffered), passwords, photoEvery).write(people, seed);
        buffered.flush();
    }

    /** Writes the LDIF, in UTF-8, to a file, replacing it. */
    public void writeLdif(Path file) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeLdif(out);
        }
    }

    /** The LDIF as one string: for small directories only. */
    public String ldif() {
        var out = new StringWriter();
        try {
            writeLdif(out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        GeneratorOptions options;
        DirectoryGenerator generator;
        try {
            options = GeneratorOptions.parse(args);
            generator = new DirectoryGenerator(options.people(), options.seed(), options.photoEvery());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "{0}\n{1}", new Object[] {e.getMessage(), GeneratorOptions.USAGE});
            System.exit(2);
            return;
        }
        if (options.out() == null) {
            var stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            generator.writeLdif(stdout);
            return;
        }
        generator.writeLdif(options.out());
        LOG.log(Level.INFO, "Wrote {0} people (seed {1}) to {2}",
                new Object[] {options.people(), Long.toString(options.seed()), options.out()});
    }
}
