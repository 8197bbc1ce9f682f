/** The alert service and the trigger that fires alerts in the transaction of a presence change. */
package org.parley.alerts.internal;
