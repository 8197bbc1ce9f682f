/**
 * The buddy store: each person's server-side contact list of ordered private groups and
 * directory (public) groups, its changes, and how it looks with presence as its owner may see it.
 */
package org.parley.contacts;
