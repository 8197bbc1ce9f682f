package org.parley.web.csta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CstaDecoderTest {

    private static final String NS = "http://www.ecma-international.org/standards/ecma-323/csta/ed5";
    private final CstaDecoder decoder = new CstaDecoder();

    @Test
    void theFourServicesShouldDecodeWithTheirDevices() throws CstaError {
        assertEquals(new CstaRequest.MakeCall("bob", "+49 30 1234"), decode("<MakeCall xmlns='" + NS + "'>"
                + "<callingDevice>sip:bob@127.0.0.1:5060</callingDevice><calledDirectoryNumber>tel:+49 30 1234</calledDirectoryNumber></MakeCall>"));
        assertEquals(new CstaRequest.ClearConnection("c-1", "bob"), decode("<ClearConnection xmlns='" + NS + "'>"
                + "<connectionToBeCleared><callID>c-1</callID><deviceID>bob</deviceID></connectionToBeCleared></ClearConnection>"));
        assertEquals(new CstaRequest.MonitorStart("carol"), decode("<MonitorStart xmlns='" + NS + "'>"
                + "<monitorObject><deviceObject> carol </deviceObject></monitorObject></MonitorStart>"));
        assertEquals(new CstaRequest.MonitorStop("12"), decode("<MonitorStop xmlns='" + NS + "'><monitorCrossRefID>12</monitorCrossRefID></MonitorStop>"));
    }

    @Test
    void anyEditionsNamespaceShouldBeRead() throws CstaError {
        assertEquals(new CstaRequest.MonitorStop("1"), decode("<csta:MonitorStop xmlns:csta='http://www.ecma-international.org/standards/ecma-323/csta/ed3'>"
                + "<csta:monitorCrossRefID>1</csta:monitorCrossRefID></csta:MonitorStop>"));
    }

    @Test
    void startApplicationSessionShouldCarryTheCredentials() throws CstaError {
        var start = (CstaRequest.StartSession) decode("<StartApplicationSession xmlns='http://www.ecma-international.org/standards/ecma-354/appl_session'>"
                + "<applicationInfo><applicationID>crm</applicationID><applicationSpecificInfo><userID>bob</userID>"
                + "<password>parley</password></applicationSpecificInfo></applicationInfo></StartApplicationSession>");
        assertEquals("bob", start.user());
        assertEquals("parley", start.password());
        assertEquals("StartSession[crm, bob]", start.toString(), "the password is never shown");
    }

    @Test
    void malformedOrHostileXmlShouldBeAGenericError() {
        assertError("operation", "generic", "<MakeCall xmlns='" + NS + "'><callingDevice>bob</MakeCall>");
        assertError("operation", "generic", "not xml at all");
        assertError("operation", "generic", "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e 'boom'>]><MakeCall xmlns='" + NS + "'>&e;</MakeCall>");
    }

    @Test
    void otherServicesMissingFieldsAndBadDevicesShouldGetTheirErrors() {
        assertError("operation", "invalidFeature", "<AnswerCall xmlns='" + NS + "'/>");
        assertError("operation", "invalidFeature", "<MakeCall xmlns='urn:something-else'/>");
        assertError("operation", "valueOutOfRange", "<MakeCall xmlns='" + NS + "'><callingDevice>bob</callingDevice></MakeCall>");
        assertError("operation", "invalidCalledDevice", "<MakeCall xmlns='" + NS + "'><callingDevice>bob</callingDevice>"
                + "<calledDirectoryNumber>carol; rm</calledDirectoryNumber></MakeCall>");
        assertError("operation", "invalidCallingDevice", "<MakeCall xmlns='" + NS + "'><callingDevice>&lt;x&gt;</callingDevice>"
                + "<calledDirectoryNumber>carol</calledDirectoryNumber></MakeCall>");
        assertError("operation", "invalidDeviceIdentifier", "<MonitorStart xmlns='" + NS + "'><monitorObject>"
                + "<deviceObject>-bob</deviceObject></monitorObject></MonitorStart>");
        assertError("operation", "invalidCrossRefID", "<MonitorStop xmlns='" + NS + "'><monitorCrossRefID>x1</monitorCrossRefID></MonitorStop>");
        assertError("operation", "valueOutOfRange", "<MonitorStop xmlns='" + NS + "'><monitorCrossRefID>" + "1".repeat(300)
                + "</monitorCrossRefID></MonitorStop>");
    }

    private CstaRequest decode(String xml) throws CstaError {
        return decoder.decode(xml.getBytes(StandardCharsets.UTF_8));
    }

    private void assertError(String category, String value, String xml) {
        var error = assertThrows(CstaError.class, () -> decode(xml));
        assertEquals(category + "/" + value, error.category() + "/" + error.value(), error.getMessage());
    }
}
