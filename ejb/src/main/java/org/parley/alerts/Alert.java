package org.parley.alerts;

import java.time.Instant;
import java.util.Optional;

import org.parley.presence.Presence;

/**
 * An alert someone set on another person.
 *
 * @param id the alert's id
 * @param watcher who is to be told
 * @param target whose presence is watched
 * @param kind what is waited for
 * @param created when it was set
 * @param fired the presence that fired it, once it fired (then it waits to be acknowledged)
 */
public record Alert(long id, String watcher, String target, AlertKind kind, Instant created, Optional<Presence> fired) {
}
