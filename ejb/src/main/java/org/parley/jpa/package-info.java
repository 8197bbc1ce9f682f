/** What the relational stores of every feature share. */
package org.parley.jpa;
