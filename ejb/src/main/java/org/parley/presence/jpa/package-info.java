/** JPA storage of presence: entities and the store that maps them to domain records. */
package org.parley.presence.jpa;
