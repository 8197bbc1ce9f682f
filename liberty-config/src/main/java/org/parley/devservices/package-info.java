/** Embedded development services: the demo directory and message broker that let one command start a complete Parley. */
package org.parley.devservices;
