/** The closed family of domain errors that every edge maps to its own protocol's error answer. */
package org.parley.error;
