/** The presence service: stores a change and publishes it in one transaction. */
package org.parley.presence.internal;
