/** Who is calling: HTTP Basic for programs, a session login for browsers, both checked against the user registry. */
package org.parley.web.security;
