/** Meetings, their event logs and recordings in the relational database. */
package org.parley.meetings.jpa;
