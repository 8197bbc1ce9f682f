/** The SIP {@code dialog} event package (RFC 4235): the dialog-info documents of a user's call legs. */
package org.parley.sip.dialog;
