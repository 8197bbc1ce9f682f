/** The JMS side all event topics share: non-persistent JSON text messages, published and received alike. */
package org.parley.jms;
