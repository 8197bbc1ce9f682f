package org.parley.web.rest;

import jakarta.ws.rs.core.EntityTag;

import org.parley.error.ParleyException;

/** The version of a contact list as an HTTP entity tag: sent in {@code ETag}, named in {@code If-Match}. */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header names: {@code "7"} (also {@code W/"7"} or {@code 7}).
     *
     * @throws ParleyException.Invalid when the header is missing or names no single version
     */
    static long fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ParleyException.Invalid(
                    "Name the version of the list the change was made against: If-Match: \"<version>\" (the ETag of GET /api/v1/contacts)");
        }
        var value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ParleyException.Invalid("If-Match names one list version, such as \"7\"; not " + header);
    }
}
