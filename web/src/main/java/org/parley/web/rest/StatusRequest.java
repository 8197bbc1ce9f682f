package org.parley.web.rest;

/**
 * The body of a status change.
 *
 * @param status one of available, away, dnd, in-meeting, on-the-phone, offline
 * @param message an optional status message
 * @param location an optional location, as the person puts it
 * @param timeZone an optional IANA time zone id such as Europe/Paris
 */
public record StatusRequest(String status, String message, String location, String timeZone) {
}
