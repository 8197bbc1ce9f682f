package org.parley.sip.conference;

/** One participant's dialog with the focus: dialled out by Parley or dialled in by their phone. */
abstract class ConferenceLeg {

    private final String conference;
    private final String user;

    ConferenceLeg(String conference, String user) {
        this.conference = conference;
        this.user = user;
    }

    final String conference() {
        return conference;
    }

    final String user() {
        return user;
    }

    /** The dialog's Call-ID (null until a dialled-out INVITE is sent). */
    abstract String callId();

    /** Ends the dialog from Parley's side (BYE, or CANCEL while ringing) without reporting it. */
    abstract void hangUp();
}
