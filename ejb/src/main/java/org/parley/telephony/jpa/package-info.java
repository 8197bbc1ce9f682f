/** JPA storage of SIP credentials (HA1 hashes) and registrar bindings. */
package org.parley.telephony.jpa;
