package org.parley.sip.call;

import java.util.concurrent.atomic.AtomicLong;
import javax.sip.header.CSeqHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Message;

/**
 * How far the CSeq numbers of the caller's requests in a proxied dialog run ahead on the trunk's
 * side, because Parley sent a request of theirs again with the trunk's credentials (each answered
 * challenge is one more): the caller's requests are counted up on their way to the trunk and the
 * responses to them counted back down, so that each side sees its own sequence (RFC 3261 section
 * 12.2). Requests of the trunk's side keep their numbers. Thread-safe: an atomic count.
 */
final class CSeqShift {

    private final String callerTag;
    private final AtomicLong by;

    CSeqShift(String callerTag, long by) {
        this.callerTag = callerTag;
        this.by = new AtomicLong(by);
    }

    /** One more of the caller's requests went again with credentials. */
    void grow() {
        by.incrementAndGet();
    }

    /** Counts up a request on its way to the trunk, or the response to it on its way back down; only the caller's. */
    void apply(Message message, boolean towardsTrunk) throws javax.sip.InvalidArgumentException {
        var from = (FromHeader) message.getHeader(FromHeader.NAME);
        if (from != null && callerTag.equals(from.getTag())) {
            var cseq = (CSeqHeader) message.getHeader(CSeqHeader.NAME);
            cseq.setSeqNumber(cseq.getSeqNumber() + (towardsTrunk ? by.get() : -by.get()));
        }
    }
}
