/** The privacy service and this server's cache of privacy lists, kept fresh by change events from every server. */
package org.parley.privacy.internal;
