/** The WebSocket edge: Parley's JSON protocol version 1 over {@code /ws/v1}, and the connections it pushes to. */
package org.parley.web.ws;
