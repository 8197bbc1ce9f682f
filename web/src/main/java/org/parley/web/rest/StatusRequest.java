package org.parley.web.rest;

/**
 * The body of a status change.
 *
 * @param status one of available, away, dnd, in-meeting, on-the-phone, offline
 * @param message an optional status message
 */
public record StatusRequest(String status, String message) {
}
