/** Reading XML that peers send (PIDF from phones, CSTA from applications) without DOCTYPEs, entities or external resources. */
package org.parley.xml;
