/** Operations: the health of every part Parley depends on, for MicroProfile Health. */
package org.parley.ops;
