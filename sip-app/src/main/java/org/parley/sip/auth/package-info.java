/** SIP digest authentication (RFC 3261 section 22, RFC 8760 SHA-256) against the users' SIP credentials. */
package org.parley.sip.auth;
