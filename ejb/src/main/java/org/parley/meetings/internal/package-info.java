/** The meeting services: the room ledger that orders and checks every room event, slides, passwords, recordings. */
package org.parley.meetings.internal;
