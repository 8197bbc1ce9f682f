/** JPA storage of alerts. */
package org.parley.alerts.jpa;
