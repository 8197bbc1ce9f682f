package org.parley.devservices;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The command line of {@link DirectoryGenerator}.
 *
 * @param people how many people to generate
 * @param seed the seed
 * @param out the file to write, or null for standard output
 * @param photoEvery every this many people get a photo; 0 for none
 */
record GeneratorOptions(int people, long seed, Path out, int photoEvery) {

    static final String USAGE = "usage: DirectoryGenerator [--people N] [--seed S] [--photo-every K] [--out FILE]";

    static GeneratorOptions parse(String... args) {
        int people = DirectoryGenerator.DEFAULT_PEOPLE;
        long seed = DirectoryGenerator.DEFAULT_SEED;
        Path out = null;
        int photoEvery = DirectoryGenerator.DEFAULT_PHOTO_EVERY;
        for (int i = 0; i < args.length; i++) {
            var option = args[i];
            if (!option.equals("--people") && !option.equals("--seed") && !option.equals("--out")
                    && !option.equals("--photo-every")) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            var value = args[++i];
            switch (option) {
                case "--people" -> people = parseNumber(option, value, Integer::parseInt);
                case "--seed" -> seed = parseNumber(option, value, Long::parseLong);
                case "--out" -> out = Path.of(value);
                case "--photo-every" -> photoEvery = parseNumber(option, value, Integer::parseInt);
                default -> throw new IllegalStateException("option checked above: " + option);
            }
        }
        return new GeneratorOptions(people, seed, out, photoEvery);
    }

    private static <T> T parseNumber(String option, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + value, e);
        }
    }
}
