package org.parley.chat;

import java.nio.file.Path;

/**
 * A file to hand to a member.
 *
 * @param ref what it is
 * @param path where its content is
 */
public record StoredFile(FileRef ref, Path path) {
}
