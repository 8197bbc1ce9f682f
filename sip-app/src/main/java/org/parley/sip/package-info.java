/** The SIP edge: a JAIN-SIP stack with servlet-style request handlers, started by the container or by hand. */
package org.parley.sip;
