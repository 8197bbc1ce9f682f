/** Parley Links: the presence widget other sites embed, its token endpoint and its cross-origin rules. */
package org.parley.web.links;
