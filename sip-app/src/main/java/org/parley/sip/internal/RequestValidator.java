package org.parley.sip.internal;

import java.util.List;
import java.util.Optional;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/** Finds the faults that the stack lets through but that RFC 3261 answers with 400 Bad Request. */
final class RequestValidator {

    private static final List<String> REQUIRED_HEADERS = List.of(
            ViaHeader.NAME, FromHeader.NAME, ToHeader.NAME, CallIdHeader.NAME, CSeqHeader.NAME, MaxForwardsHeader.NAME);

    private RequestValidator() {
    }

    /** The problem with {@code request} as a 400 reason phrase, or empty if it is well formed. */
    static Optional<String> problem(Request request) {
        for (var name : REQUIRED_HEADERS) {
            if (request.getHeader(name) == null) {
                return Optional.of("Missing " + name + " Header");
            }
        }
        var cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
        if (!request.getMethod().equals(cseq.getMethod())) {
            return Optional.of("CSeq Method Does Not Match Request Method");
        }
        return Optional.empty();
    }
}
