/** Carries user events between servers on a Jakarta Messaging topic as JSON text messages. */
package org.parley.events.jms;
