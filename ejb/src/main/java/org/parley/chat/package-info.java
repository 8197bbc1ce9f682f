/** Instant messaging: conversations, messages, receipts, files, history and announcements. */
package org.parley.chat;
