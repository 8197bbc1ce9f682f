/** End-to-end tests of the web client, the presence widget and the demo portal in headless Chromium. */
package org.parley.it.browser;
