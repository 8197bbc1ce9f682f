/** The REST API for integrators and the web client, version 1. */
package org.parley.web.rest;
