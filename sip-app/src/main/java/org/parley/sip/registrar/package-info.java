/** The SIP registrar: REGISTER with digest authentication, decoded into the telephony registrar service. */
package org.parley.sip.registrar;
