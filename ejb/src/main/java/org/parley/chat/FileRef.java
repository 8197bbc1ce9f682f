package org.parley.chat;

/**
 * A file a message carries.
 *
 * @param id the file id
 * @param name the name the sender gave it (cleaned of paths and control characters)
 * @param mediaType the type found from its content
 * @param size its size in bytes
 */
public record FileRef(String id, String name, String mediaType, long size) {
}
