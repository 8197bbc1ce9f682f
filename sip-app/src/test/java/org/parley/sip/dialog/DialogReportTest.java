package org.parley.sip.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javax.sip.ResponseEvent;
import javax.sip.SipFactory;
import javax.sip.message.MessageFactory;

import org.junit.jupiter.api.Test;
import org.parley.sip.ResponseListener;

class DialogReportTest {

    private final CallLegs legs = new CallLegs();
    private final DialogReport report = new DialogReport(legs, CallLegs.Origin.PLACED, "carol", "bob");
    private final List<String> heard = new ArrayList<>();
    private final List<String> passedOn = new ArrayList<>();
    private final ResponseListener reporting;
    private final MessageFactory messages;

    DialogReportTest() throws Exception {
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        messages = factory.createMessageFactory();
        legs.listen(call -> heard.add(call.state().name().toLowerCase(java.util.Locale.ROOT)
                + (call.event().isEmpty() && call.hungUpBy().isEmpty() ? "" : " " + call.event() + call.hungUpBy())));
        reporting = report.reporting("call-1", new ResponseListener() {
            @Override
            public void onResponse(ResponseEvent event) {
                passedOn.add(String.valueOf(event.getResponse().getStatusCode()));
            }

            @Override
            public void onTimeout() {
                passedOn.add("timeout");
            }
        });
        report.sent("call-1", "parley-tag");
    }

    private void respond(int status) throws Exception {
        var text = "SIP/2.0 " + status + " Whatever\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-first\r\n"
                + "From: <sip:carol@127.0.0.1>;tag=parley-tag\r\nTo: <sip:bob@127.0.0.1>" + (status == 100 ? "" : ";tag=bobs")
                + "\r\nCall-ID: call-1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        reporting.onResponse(new ResponseEvent(this, null, null, messages.createResponse(text)));
    }

    @Test
    void ringingThenAnswerThenParleysByeShouldBeTryingEarlyConfirmedRemoteBye() throws Exception {
        respond(100);
        respond(180);
        respond(200);
        report.hungUp("call-1", false);
        assertEquals(List.of("trying", "early", "confirmed", "terminated carol"), heard);
        assertEquals(List.of("100", "180", "200"), passedOn, "every response still reaches the leg's listener");
    }

    @Test
    void thePhonesByeShouldBeTheUsersOwnHangUp() throws Exception {
        respond(200);
        report.hungUp("call-1", true);
        assertEquals(List.of("trying", "confirmed", "terminated bob"), heard);
    }

    @Test
    void aRefusalShouldBeRejected() throws Exception {
        respond(180);
        respond(603);
        assertEquals(List.of("trying", "early", "terminated rejected"), heard);
    }

    @Test
    void aCancelledInviteShouldBeCancelled() throws Exception {
        respond(487);
        assertEquals(List.of("trying", "terminated cancelled"), heard);
    }

    @Test
    void parleysCancelShouldEndTheLegAtOnceAndItsAnswerChangeNothing() throws Exception {
        respond(180);
        report.cancelled("call-1");
        respond(200);
        report.hungUp("call-1", false);
        assertEquals(List.of("trying", "early", "terminated cancelled"), heard);
    }

    @Test
    void noAnswerAtAllShouldBeATimeoutOnce() throws Exception {
        reporting.onTimeout();
        respond(408);
        assertEquals(List.of("trying", "terminated timeout"), heard);
        assertEquals(List.of("timeout", "408"), passedOn);
    }

    @Test
    void givingUpOnARingingPhoneShouldBeATimeoutAndItsLaterCancelChangeNothing() throws Exception {
        respond(180);
        report.gaveUp("call-1");
        respond(487);
        assertEquals(List.of("trying", "early", "terminated timeout"), heard);
    }
}
