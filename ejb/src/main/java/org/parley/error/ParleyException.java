package org.parley.error;

import jakarta.ejb.ApplicationException;

/**
 * A domain error. The family is closed: every edge maps each kind to its protocol's answer
 * (REST problem status, WebSocket error, SIP status code). Thrown through EJB boundaries as is
 * and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract sealed class ParleyException extends RuntimeException
        permits ParleyException.NotFound, ParleyException.Forbidden, ParleyException.Conflict,
                ParleyException.Invalid, ParleyException.Unavailable, ParleyException.Limited {

    private static final long serialVersionUID = 1L;

    private ParleyException(String message) {
        super(message, null, false, false);
    }

    /** A short, stable machine-readable name of the kind ("not-found", "invalid", ...). */
    public abstract String kind();

    /** A short human title for the kind. */
    public abstract String title();

    /** The thing asked for does not exist (or the caller may not know it exists). */
    public static final class NotFound extends ParleyException {
        private static final long serialVersionUID = 1L;
        public NotFound(String message) { super(message); }
        @Override public String kind() { return "not-found"; }
        @Override public String title() { return "Not found"; }
    }

    /** The caller is known but not allowed to do this. */
    public static final class Forbidden extends ParleyException {
        private static final long serialVersionUID = 1L;
        public Forbidden(String message) { super(message); }
        @Override public String kind() { return "forbidden"; }
        @Override public String title() { return "Forbidden"; }
    }

    /**
     * The request conflicts with the current state (for example a concurrent change). A conflict
     * may name a more precise kind, such as "recipient-dnd".
     */
    public static final class Conflict extends ParleyException {
        private static final long serialVersionUID = 1L;
        private final String kind;
        public Conflict(String message) { this("conflict", message); }
        public Conflict(String kind, String message) { super(message); this.kind = kind; }
        @Override public String kind() { return kind; }
        @Override public String title() { return "Conflict"; }
    }

    /** The request itself is malformed or breaks a rule. */
    public static final class Invalid extends ParleyException {
        private static final long serialVersionUID = 1L;
        public Invalid(String message) { super(message); }
        @Override public String kind() { return "invalid"; }
        @Override public String title() { return "Invalid request"; }
    }

    /** A part Parley depends on (directory, broker, database) cannot serve the request now. */
    public static final class Unavailable extends ParleyException {
        private static final long serialVersionUID = 1L;
        public Unavailable(String message) { super(message); }
        @Override public String kind() { return "unavailable"; }
        @Override public String title() { return "Service unavailable"; }
    }

    /** The request goes beyond a limit an administrator set: a rate, a size or the allowed types. */
    public static final class Limited extends ParleyException {
        private static final long serialVersionUID = 1L;

        /** Which limit was reached. */
        public enum Limit {
            /** Too many requests in too short a time. */
            RATE("rate-limited", "Too many requests"),
            /** Larger than allowed. */
            SIZE("payload-too-large", "Payload too large"),
            /** Of a type that is not allowed. */
            TYPE("unsupported-media-type", "Unsupported media type");

            private final String kind;
            private final String title;

            Limit(String kind, String title) {
                this.kind = kind;
                this.title = title;
            }
        }

        private final Limit limit;
        public Limited(Limit limit, String message) { super(message); this.limit = limit; }
        public Limit limit() { return limit; }
        @Override public String kind() { return limit.kind; }
        @Override public String title() { return limit.title; }
    }
}
