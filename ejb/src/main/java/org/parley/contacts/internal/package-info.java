/** The contact-list service: checks changes against the directory, applies them under the owner's lock, shows presence. */
package org.parley.contacts.internal;
