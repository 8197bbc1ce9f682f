package org.parley.contacts;

import org.parley.directory.UserIds;

/**
 * One person in a private group of a contact list.
 *
 * @param user the directory user id
 * @param nickname what the owner calls them here, empty when the directory name is used
 * @param primary whether the owner marked them a primary contact
 */
public record Contact(String user, String nickname, boolean primary) {

    public Contact {
        UserIds.requireValid(user);
        nickname = Texts.nickname(nickname);
    }
}
