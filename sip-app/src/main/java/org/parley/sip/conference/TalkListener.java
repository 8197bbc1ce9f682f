package org.parley.sip.conference;

/** Hears that a participant started or stopped talking; called on the mixer's tick, so it must return at once. */
@FunctionalInterface
interface TalkListener {

    void talking(String conference, String user, boolean talking);
}
