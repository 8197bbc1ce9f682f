/** JSON building and parsing through one provider found once, for the hot paths of every edge and adapter. */
package org.parley.json;
