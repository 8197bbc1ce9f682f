/** The SIP edge's conference focus: dial-out and dial-in legs of conference calls, the RTP mixer (G.711), and the RFC 4575 conference event package. */
package org.parley.sip.conference;
