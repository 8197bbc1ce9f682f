/** The presence service and the per-server fan-out of presence changes to registered edges. */
package org.parley.presence.internal;
