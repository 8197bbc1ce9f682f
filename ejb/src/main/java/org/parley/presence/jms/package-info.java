/** Carries presence changes between servers on a Jakarta Messaging topic. */
package org.parley.presence.jms;
