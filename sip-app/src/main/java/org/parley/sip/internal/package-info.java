/** Implementation of the SIP edge on the NIST JAIN-SIP stack: stack wiring, dispatch, built-in handlers and JUL logging. */
package org.parley.sip.internal;
