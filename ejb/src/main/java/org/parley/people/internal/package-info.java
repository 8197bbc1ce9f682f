/** The people service: directory look-ups joined with presence, paged. */
package org.parley.people.internal;
