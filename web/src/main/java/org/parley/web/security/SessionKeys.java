package org.parley.web.security;

/** The names under which a browser login is kept in the HTTP session. */
final class SessionKeys {

    static final String CALLER = "parley.caller";
    static final String GROUPS = "parley.groups";
    static final String CSRF_TOKEN = "parley.csrf";

    /** The header a browser session must repeat its CSRF token in on every state-changing call. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionKeys() {
    }
}
