/** What every SIP event package of the edge shares (RFC 6665): subscription dialogs, their registry, SUBSCRIBE handling and NOTIFY sending. */
package org.parley.sip.subscription;
