package org.parley.meetings;

/**
 * A set of slide pages rendered on the server.
 *
 * @param id a random id; its pages are served at {@code /meetings-media/{id}/{page}.png}
 * @param name the uploaded file's name
 * @param pages how many pages
 */
public record Deck(String id, String name, int pages) {
}
