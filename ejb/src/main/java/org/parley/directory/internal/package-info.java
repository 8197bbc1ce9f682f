/** Keeping the directory's cache warm. */
package org.parley.directory.internal;
