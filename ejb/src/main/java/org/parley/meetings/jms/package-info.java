/** Carries meeting events between servers on a Jakarta Messaging topic as JSON text messages. */
package org.parley.meetings.jms;
