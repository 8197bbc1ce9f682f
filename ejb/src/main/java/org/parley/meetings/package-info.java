/** Web meetings: rooms, roles and permissions, the live room's events, slides, whiteboard, polls and recordings. */
package org.parley.meetings;
