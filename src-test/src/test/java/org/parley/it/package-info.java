/** Integration tests against a running Parley server with its real parts. */
package org.parley.it;
