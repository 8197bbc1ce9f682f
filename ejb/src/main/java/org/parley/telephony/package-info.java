/** Telephony: SIP credentials of directory users, the registrar's bindings (the location service) and their rules. */
package org.parley.telephony;
