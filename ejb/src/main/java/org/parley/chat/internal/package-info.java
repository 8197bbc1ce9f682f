/** The chat services: sending under a conversation lock, receipts, history, files, retention, announcements. */
package org.parley.chat.internal;
