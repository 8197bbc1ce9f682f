/** Presence and awareness: who is available, and the events that tell watchers when that changes. */
package org.parley.presence;
