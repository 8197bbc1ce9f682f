package org.parley.devservices;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Where a directory's LDIF comes from: a file, or a resource on the class path. */
public sealed interface LdifSource {

    /** The class path resource that holds the bundled demo directory (220 people). */
    String BUNDLED = "ldap/parley-demo.ldif";

    InputStream open() throws IOException;

    static LdifSource bundled() {
        return resource(BUNDLED);
    }

    static LdifSource file(Path path) {
        return new File(path);
    }

    static LdifSource resource(String name) {
        return new Resource(name);
    }

    /** @param path an LDIF file */
    record File(Path path) implements LdifSource {

        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** @param name a class path resource name, without a leading slash */
    record Resource(String name) implements LdifSource {

        public Resource {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public InputStream open() throws IOException {
            var in = LdifSource.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new FileNotFoundException("no class path resource " + name);
            }
            return in;
        }

        @Override
        public String toString() {
            return "classpath:" + name;
        }
    }
}
