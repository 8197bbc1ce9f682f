package org.parley.telephony.internal;

import java.util.Set;

import org.parley.telephony.ConferenceService;

/**
 * The conferences this server hosts: its board and its SIP edge's mixer. Other parts of Parley use
 * {@link ConferenceService}, which {@link ConferenceRouter} answers here or relays to the server
 * that hosts the conference.
 */
public interface LocalConferences extends ConferenceService {

    /** The ids of the conferences this server holds now (ended ones included until they are dropped). */
    Set<String> hosted();
}
