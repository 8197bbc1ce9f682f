/** The directory read from LDAP through a bounded UnboundID connection pool. */
package org.parley.directory.ldap;
