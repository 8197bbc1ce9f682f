/** The company directory: who exists, and what the directory says about them. */
package org.parley.directory;
