/** Privacy lists: who may see a person's presence, and who may still reach them while they do not want to be disturbed. */
package org.parley.privacy;
