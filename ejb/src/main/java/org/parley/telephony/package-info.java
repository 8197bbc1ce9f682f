/** Telephony: SIP credentials of directory users, the registrar's bindings (the location service), call routing and their rules. */
package org.parley.telephony;
