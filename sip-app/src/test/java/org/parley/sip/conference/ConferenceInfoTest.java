package org.parley.sip.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceView;
import org.parley.telephony.ParticipantState;
import org.w3c.dom.Element;

class ConferenceInfoTest {

    private static final String NS = "urn:ietf:params:xml:ns:conference-info";

    @Test
    void everyParticipantShouldBeAUserWithTheEndpointStatusOfTheirState() throws Exception {
        var view = new ConferenceView("c1", "bob", "bob", "users", "sip:conf-c1@127.0.0.1:5060", false, List.of(
                new ConferenceParticipant("bob", ParticipantState.CONNECTED, false, true, ""),
                new ConferenceParticipant("carol", ParticipantState.CONNECTED, true, false, ""),
                new ConferenceParticipant("dave", ParticipantState.RINGING, false, false, ""),
                new ConferenceParticipant("erin", ParticipantState.LEFT, false, false, "hung up by bob"),
                new ConferenceParticipant("fred", ParticipantState.REFUSED, false, false, "603")));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                ConferenceInfo.document(view, 7, u -> "sip:" + u + "@127.0.0.1:5060").getBytes(StandardCharsets.UTF_8)));
        var root = doc.getDocumentElement();
        assertEquals("conference-info", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("7", root.getAttribute("version"));
        assertEquals("full", root.getAttribute("state"));
        assertEquals("sip:conf-c1@127.0.0.1:5060", root.getAttribute("entity"));
        assertEquals("3", text(root, "user-count"), "connected and ringing");
        var endpoints = root.getElementsByTagNameNS(NS, "endpoint");
        assertEquals(5, endpoints.getLength());
        assertEquals(List.of("connected", "connected", "alerting", "disconnected", "disconnected"),
                java.util.stream.IntStream.range(0, 5).mapToObj(i -> text((Element) endpoints.item(i), "status")).toList());
        assertEquals("booted", text((Element) endpoints.item(3), "disconnection-method"));
        assertEquals("busy", text((Element) endpoints.item(4), "disconnection-method"));
        var media = root.getElementsByTagNameNS(NS, "media");
        assertEquals(2, media.getLength(), "only the connected have media");
        assertEquals("sendrecv", text((Element) media.item(0), "status"));
        assertEquals("recvonly", text((Element) media.item(1), "status"), "muted: the focus takes nothing from carol");
        assertEquals("true", ((Element) media.item(0)).getElementsByTagNameNS(ConferenceInfo.PARLEY_NS, "talking")
                .item(0).getTextContent());
    }

    @Test
    void aPartialDocumentShouldHoldOnlyTheUsersThatChanged() throws Exception {
        var view = new ConferenceView("c1", "bob", "bob", "users", "sip:conf-c1@127.0.0.1:5060", false, List.of(
                new ConferenceParticipant("bob", ParticipantState.CONNECTED, false, true, ""),
                new ConferenceParticipant("carol", ParticipantState.CONNECTED, true, false, "")));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(ConferenceInfo.document(view, 8,
                u -> "sip:" + u + "@h", java.util.Set.of("carol")).getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("partial", root.getAttribute("state"));
        assertEquals("partial", ((Element) root.getElementsByTagNameNS(NS, "users").item(0)).getAttribute("state"));
        var users = root.getElementsByTagNameNS(NS, "user");
        assertEquals(1, users.getLength());
        assertEquals("sip:carol@h", ((Element) users.item(0)).getAttribute("entity"));
        assertEquals("full", ((Element) users.item(0)).getAttribute("state"), "a changed user is sent whole");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
