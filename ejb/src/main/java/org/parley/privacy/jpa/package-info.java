/** JPA storage of privacy lists. */
package org.parley.privacy.jpa;
