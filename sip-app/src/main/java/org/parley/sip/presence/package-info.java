/** SIP presence: SUBSCRIBE/NOTIFY of the presence event package (RFC 6665, RFC 3856) with PIDF and RPID, and PUBLISH (RFC 3903). */
package org.parley.sip.presence;
