/** JPA storage of contact lists: one owner row that carries the version and is locked for every change, groups and entries. */
package org.parley.contacts.jpa;
