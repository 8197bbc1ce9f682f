/** JPA storage of conversations, members, messages and announcements. */
package org.parley.chat.jpa;
