package org.parley.web.rest;

/** The application's roles; the EAR's binding maps them to directory groups. */
public final class Roles {

    /** Every signed-in person. */
    public static final String USER = "user";

    /** Administrators (the directory group named by the server's configuration). */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
