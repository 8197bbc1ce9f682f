/** SIP MESSAGE (RFC 3428) bridged both ways with Parley one-to-one chat. */
package org.parley.sip.message;
