/** A JAIN-SIP user agent for the integration tests and the SIP benchmark: digest, requests, incoming requests. */
package org.parley.sipagent;
