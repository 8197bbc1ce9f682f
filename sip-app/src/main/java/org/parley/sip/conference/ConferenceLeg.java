package org.parley.sip.conference;

import org.parley.sip.dialog.DialogReport;

/**
 * One participant's dialog with the focus: dialled out by Parley or dialled in by their phone;
 * its states go to the dialog event package as a call of the participant with the conference.
 */
abstract class ConferenceLeg {

    private final String conference;
    private final String user;
    private final DialogReport dialog;

    ConferenceLeg(String conference, String user, DialogReport dialog) {
        this.conference = conference;
        this.user = user;
        this.dialog = dialog;
    }

    final DialogReport dialog() {
        return dialog;
    }

    /** The phone ended the dialog with its BYE: the participant's own hang-up (local-bye). */
    final void hungUpByPhone() {
        var callId = callId();
        if (callId != null) {
            dialog.hungUp(callId, true);
        }
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
