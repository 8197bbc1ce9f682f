package org.parley.it;

/** Sign-in against the bundled demo directory (UnboundID, started with the embedded services). */
class EmbeddedDirectorySignInIT extends SignInTests {

    @Override
    Server server() {
        return Server.MAIN;
    }
}
