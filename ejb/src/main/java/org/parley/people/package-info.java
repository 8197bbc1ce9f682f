/** People: the searchable company directory, business cards and the org chart, with presence as the viewer may see it. */
package org.parley.people;
