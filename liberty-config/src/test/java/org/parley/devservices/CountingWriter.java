package org.parley.devservices;

import java.io.Writer;

/** Counts the person entries written to it without keeping the text. */
final class CountingWriter extends Writer {
    private static final String PERSON = "\ndn: uid=";
    private final StringBuilder tail = new StringBuilder();
    private int people;

    @Override
    public void write(char[] chars, int offset, int length) {
        tail.append(chars, offset, length);
        int from = 0;
        for (int at = tail.indexOf(PERSON, from); at >= 0; at = tail.indexOf(PERSON, from)) {
            people++;
            from = at + PERSON.length();
        }
        tail.delete(0, Math.max(from, tail.length() - PERSON.length()));
    }

    int people() {
        return people;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
