package org.parley.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where the load programs print their figures: standard output, in UTF-8, flushed line by line. */
final class BenchOutput {

    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private BenchOutput() {
    }

    static PrintStream out() {
        return OUT;
    }
}
