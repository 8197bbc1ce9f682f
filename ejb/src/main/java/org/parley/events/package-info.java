/** User events: a JSON payload addressed to users, delivered to their connections on every server. */
package org.parley.events;
