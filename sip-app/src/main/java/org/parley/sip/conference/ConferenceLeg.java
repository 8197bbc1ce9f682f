package org.parley.sip.conference;

/** One participant's dialog with the focus: dialled out by Parley or dialled in by their phone. */
interface ConferenceLeg {

    String conference();

    String user();

    /** The dialog's Call-ID. */
    String callId();

    /** Ends the dialog from Parley's side (BYE, or CANCEL while ringing) without reporting it. */
    void hangUp();
}
