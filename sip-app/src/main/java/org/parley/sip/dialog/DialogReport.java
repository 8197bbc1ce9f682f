package org.parley.sip.dialog;

import javax.sip.ResponseEvent;
import javax.sip.header.ToHeader;
import javax.sip.message.Response;

import org.parley.sip.ResponseListener;

/**
 * A dialog Parley is one end of, as the dialog event package sees it: a leg it places
 * (click-to-call, a conference ringing a phone) or a phone dialled into a conference. It names
 * whose phone is on it ({@code user}) and the other side it is shown ({@code from}: the user or
 * number a click-to-call connects them to, or the conference), and reports each response to
 * Parley's INVITE as the state it puts the phone's dialog in, the same states the proxy reports
 * for the calls it carries. Stateless: {@link CallLegs} holds the dialog, keyed by its Call-ID,
 * from the INVITE to its end.
 *
 * @param legs where the states go
 * @param origin {@link CallLegs.Origin#PLACED}, {@link CallLegs.Origin#CONFERENCE_OUT} or
 *        {@link CallLegs.Origin#CONFERENCE_IN}
 * @param from the other side the phone is shown
 * @param user the user (or number) whose phone it is
 */
public record DialogReport(CallLegs legs, CallLegs.Origin origin, String from, String user) {

    /** The INVITE {@code callId} went to the phone with Parley's From tag {@code fromTag}: trying. */
    public void sent(String callId, String fromTag) {
        legs.placed(callId, origin, from, fromTag, user);
    }

    /** The phone's INVITE {@code callId} (its From tag {@code userTag}) was answered with the To tag {@code parleyTag}. */
    public void dialledIn(String callId, String userTag, String parleyTag) {
        legs.dialledIn(callId, user, userTag, from, parleyTag);
    }

    /** {@code listener}, after each response to the INVITE {@code callId} has been reported. */
    public ResponseListener reporting(String callId, ResponseListener listener) {
        return new ResponseListener() {
            @Override
            public void onResponse(ResponseEvent event) {
                report(callId, event.getResponse());
                listener.onResponse(event);
            }

            @Override
            public void onTimeout() {
                legs.failed(callId, "timeout");
                listener.onTimeout();
            }
        };
    }

    private void report(String callId, Response response) {
        int status = response.getStatusCode();
        var tag = ((ToHeader) response.getHeader(ToHeader.NAME)).getTag();
        if (status >= Response.MULTIPLE_CHOICES) {
            legs.failed(callId, status == Response.REQUEST_TERMINATED ? "cancelled"
                    : status == Response.REQUEST_TIMEOUT ? "timeout" : "rejected");
        } else if (status >= Response.OK) {
            legs.confirmed(callId, tag);
        } else if (status > Response.TRYING) {
            legs.early(callId, tag);
        }
    }

    /** The answered dialog ended with a BYE: the phone's ({@code byPhone}: local-bye) or Parley's (remote-bye). */
    public void hungUp(String callId, boolean byPhone) {
        legs.hungUp(callId, byPhone ? user : from);
    }

    /** The INVITE {@code callId} could not be sent (RFC 4235's event for an error condition). */
    public void failed(String callId) {
        legs.failed(callId, "error");
    }

    /** Parley cancels the ringing INVITE {@code callId} (a later answer to it changes nothing). */
    public void cancelled(String callId) {
        legs.failed(callId, "cancelled");
    }

    /** Parley gave up on a phone that rang too long (it cancels the INVITE next). */
    public void gaveUp(String callId) {
        legs.failed(callId, "timeout");
    }
}
