package org.parley.web.rest;

/**
 * A browser's sign-in.
 *
 * @param user the user id
 * @param password the password
 */
public record LoginRequest(String user, String password) {
}
