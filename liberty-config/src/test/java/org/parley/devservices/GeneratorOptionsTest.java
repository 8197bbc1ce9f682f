package org.parley.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void noArgumentsShouldMeanTheBundledDirectoryOnStandardOutput() {
        var options = GeneratorOptions.parse();
        assertEquals(DirectoryGenerator.DEFAULT_PEOPLE, options.people());
        assertEquals(DirectoryGenerator.DEFAULT_SEED, options.seed());
        assertNull(options.out());
    }

    @Test
    void optionsShouldBeReadInAnyOrder() {
        var options = GeneratorOptions.parse("--out", "x.ldif", "--seed", "-3", "--people", "10000");
        assertEquals(new GeneratorOptions(10_000, -3, Path.of("x.ldif"), DirectoryGenerator.DEFAULT_PHOTO_EVERY), options);
    }

    @Test
    void unknownOptionsMissingValuesAndNonNumbersShouldBeRejected() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--help"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--people"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--people", "many"));
    }
}
