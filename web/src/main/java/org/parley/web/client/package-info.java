/** Serving the web client: its pages under /app/, their security headers, and the way in from /. */
package org.parley.web.client;
