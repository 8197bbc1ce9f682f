package org.parley.sip.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.sip.dialog.DialogLeg.State;
import org.parley.xml.SafeXml;
import org.w3c.dom.Element;

class DialogInfoTest {

    private static final String ENTITY = "sip:bob@127.0.0.1:5060";

    private static Element root(String xml) {
        return SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    private static Element only(Element parent, String name) {
        var found = parent.getElementsByTagNameNS(DialogInfo.NS, name);
        assertEquals(1, found.getLength(), name);
        return (Element) found.item(0);
    }

    @Test
    void aFullDocumentShouldHoldEveryLegWithItsIdsDirectionStateAndParties() {
        var root = root(DialogInfo.document(ENTITY, 0, true, List.of(
                new DialogLeg("d1", "abc@host", "t1", "t2", true, State.CONFIRMED, "rejected", ENTITY, "sip:carol@127.0.0.1:5060"),
                new DialogLeg("d2", "def@host", "t3", "", false, State.EARLY, null, "", ""))));
        assertEquals("dialog-info", root.getLocalName());
        assertEquals(DialogInfo.NS, root.getNamespaceURI());
        assertEquals("0", root.getAttribute("version"));
        assertEquals("full", root.getAttribute("state"));
        assertEquals(ENTITY, root.getAttribute("entity"));
        var dialogs = root.getElementsByTagNameNS(DialogInfo.NS, "dialog");
        assertEquals(2, dialogs.getLength());
        var first = (Element) dialogs.item(0);
        assertEquals("abc@host", first.getAttribute("call-id"));
        assertEquals("t1", first.getAttribute("local-tag"));
        assertEquals("t2", first.getAttribute("remote-tag"));
        assertEquals("initiator", first.getAttribute("direction"));
        var state = only(first, "state");
        assertEquals("confirmed", state.getTextContent());
        assertEquals("", state.getAttribute("event"), "an event only with terminated");
        assertEquals("sip:carol@127.0.0.1:5060", only(only(first, "remote"), "identity").getTextContent());
        assertEquals(ENTITY, only(only(first, "local"), "target").getAttribute("uri"));
        var second = (Element) dialogs.item(1);
        assertEquals("recipient", second.getAttribute("direction"));
        assertEquals("early", only(second, "state").getTextContent());
        assertEquals(0, second.getElementsByTagNameNS(DialogInfo.NS, "remote").getLength(), "no identity when not given");
        assertEquals(false, second.hasAttribute("remote-tag"));
    }

    @Test
    void aPartialDocumentShouldCarryItsVersionAndATerminatedLegsReason() {
        var root = root(DialogInfo.document(ENTITY, 3, false, List.of(
                new DialogLeg("d1", "abc@host", "t1", "t2", true, State.TERMINATED, "local-bye", "", ""))));
        assertEquals("partial", root.getAttribute("state"));
        assertEquals("3", root.getAttribute("version"));
        var state = only(root, "state");
        assertEquals("terminated", state.getTextContent());
        assertEquals("local-bye", state.getAttribute("event"));
    }

    @Test
    void textFromCallersShouldBeEscaped() {
        var root = root(DialogInfo.document(ENTITY, 1, true, List.of(
                new DialogLeg("d\"1", "a<b>&c", "", "", false, State.TRYING, "", "", "sip:x@h;p=\"<&>\""))));
        var dialog = only(root, "dialog");
        assertEquals("d\"1", dialog.getAttribute("id"));
        assertEquals("a<b>&c", dialog.getAttribute("call-id"));
        assertEquals("sip:x@h;p=\"<&>\"", only(only(dialog, "remote"), "identity").getTextContent());
    }
}
