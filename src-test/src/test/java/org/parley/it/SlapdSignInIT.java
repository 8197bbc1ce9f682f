package org.parley.it;

/**
 * Sign-in against Debian's OpenLDAP (slapd) loaded with the same demo directory, through a second
 * Parley server whose registry points at it. Runs in the slapd profile, which the build turns on
 * when slapd is installed.
 */
class SlapdSignInIT extends SignInTests {

    private static final Server SLAPD_BACKED = new Server(Integer.getInteger("parley.it.slapdHttpPort", 19180));

    @Override
    Server server() {
        return SLAPD_BACKED;
    }
}
