package org.parley.sip.dialog;

import java.util.List;

import org.parley.sip.XmlText;

/**
 * The {@code application/dialog-info+xml} document (RFC 4235 section 4) of a watched user: one
 * {@code <dialog>} per call leg with its Call-ID, tags, direction and state, and the local and
 * remote identities where they are given. A subscription's first document is the full state, the
 * later ones partial (only the legs that changed), each with the subscription's next version.
 * Stateless.
 */
public final class DialogInfo {

    public static final String TYPE = "application";
    public static final String SUBTYPE = "dialog-info+xml";
    public static final String NS = "urn:ietf:params:xml:ns:dialog-info";

    private DialogInfo() {
    }

    /**
     * The document for {@code entity} (the watched user's URI) holding {@code legs}: every leg
     * when {@code full}, else only the legs that changed.
     */
    public static String document(String entity, long version, boolean full, List<DialogLeg> legs) {
        var xml = new StringBuilder(256 + 256 * legs.size()).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<dialog-info xmlns=\"").append(NS).append("\" version=\"").append(version)
                .append("\" state=\"").append(full ? "full" : "partial").append("\" entity=\"").append(XmlText.escape(entity))
                .append("\">\n");
        for (var leg : legs) {
            xml.append(" <dialog id=\"").append(XmlText.escape(leg.id())).append('"');
            attribute(xml, "call-id", leg.callId());
            attribute(xml, "local-tag", leg.localTag());
            attribute(xml, "remote-tag", leg.remoteTag());
            xml.append(" direction=\"").append(leg.initiator() ? "initiator" : "recipient").append("\">\n  <state");
            attribute(xml, "event", leg.event());
            xml.append('>').append(leg.state().wireName()).append("</state>\n");
            party(xml, "local", leg.local());
            party(xml, "remote", leg.remote());
            xml.append(" </dialog>\n");
        }
        return xml.append("</dialog-info>\n").toString();
    }

    private static void attribute(StringBuilder xml, String name, String value) {
        if (!value.isEmpty()) {
            xml.append(' ').append(name).append("=\"").append(XmlText.escape(value)).append('"');
        }
    }

    private static void party(StringBuilder xml, String element, String uri) {
        if (!uri.isEmpty()) {
            xml.append("  <").append(element).append("><identity>").append(XmlText.escape(uri)).append("</identity><target uri=\"")
                    .append(XmlText.escape(uri)).append("\"/></").append(element).append(">\n");
        }
    }
}
