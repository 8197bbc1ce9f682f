package org.parley.sip.conference;

import java.text.ParseException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.message.Request;

import org.parley.sip.SipOutbound;
import org.parley.sip.dialog.DialogReport;

/**
 * A phone that dialled into a conference: Parley is the user agent server of the dialog and
 * ends it with a BYE of its own when the participant is hung up. Thread-safe: fixed dialog
 * identifiers, an atomic CSeq and an at-most-once hang-up.
 */
final class DialIn extends ConferenceLeg {

    private static final Logger LOG = Logger.getLogger(DialIn.class.getName());

    /** The phone's side of the dialog: its From address and tag, its Contact, the transport it used. */
    record Peer(Address address, String tag, URI target, String transport) {
    }

    private final SipOutbound outbound;
    private final String callId;
    private final Address local;
    private final String localTag;
    private final Peer peer;
    private final String answer;
    private final AtomicLong cseq = new AtomicLong();
    private final AtomicBoolean ended = new AtomicBoolean();

    DialIn(SipOutbound outbound, String conference, String user, String callId, Address local, String localTag,
            Peer peer, String answer, DialogReport dialog) {
        super(conference, user, dialog);
        this.outbound = outbound;
        this.callId = callId;
        this.local = local;
        this.localTag = localTag;
        this.peer = peer;
        this.answer = answer;
    }

    @Override
    String callId() {
        return callId;
    }

    String localTag() {
        return localTag;
    }

    /** The focus answered the phone's INVITE: its dialog is confirmed. */
    void answered() {
        dialog().dialledIn(callId, peer.tag(), localTag);
    }

    /** The SDP answer the focus gave, repeated for a re-INVITE. */
    String answer() {
        return answer;
    }

    @Override
    void hangUp() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        dialog().hungUp(callId, false);
        try {
            var bye = outbound.request(Request.BYE, peer.target(), local, localTag, peer.address(), peer.tag(), callId,
                    cseq.incrementAndGet(), peer.transport());
            outbound.send(bye, null);
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "Conference {0}: BYE to {1} not sent: {2}", new Object[] {conference(), user(), e.toString()});
        }
    }
}
