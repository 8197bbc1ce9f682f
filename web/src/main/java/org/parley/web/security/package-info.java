/** Who is calling: HTTP Basic for programs, a session login for browsers, both checked against the directory, throttled. */
package org.parley.web.security;
