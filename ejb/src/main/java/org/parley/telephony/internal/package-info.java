/** The telephony services: credential provisioning, registration rules, binding expiry and restore. */
package org.parley.telephony.internal;
