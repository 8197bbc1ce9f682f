/** The meeting room edge: the room's WebSocket endpoints (people and guests), its protocol, slide pages, REST. */
package org.parley.web.meet;
