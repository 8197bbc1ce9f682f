package org.parley.web.rest;

import java.util.List;

import org.parley.privacy.PrivacySettings;

/**
 * A person's privacy lists as the API shows and takes them.
 *
 * @param visibility everyone, only or except
 * @param list the people the visibility names
 * @param dndExceptions who may still reach the person on Do Not Disturb
 * @param version the version these lists are (on a change: the version the change replaces)
 */
public record PrivacyView(String visibility, List<String> list, List<String> dndExceptions, Long version) {

    public static PrivacyView of(PrivacySettings s) {
        return new PrivacyView(s.visibility().wireName(), List.copyOf(s.list()), List.copyOf(s.dndExceptions()),
                s.version());
    }
}
