/** The SIP edge's call proxy (RFC 3261 section 16): INVITE forked to a user's devices or sent to the trunk, in-dialog requests record-routed through Parley, and the calls' dialog state. */
package org.parley.sip.call;
