/** Presence alerts: "tell me when X becomes available" and "when X's status changes". */
package org.parley.alerts;
