package org.parley.sip.presence;

import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.sip.XmlText;
import org.parley.xml.SafeXml;

/**
 * PIDF documents (RFC 3863) with RPID activities (RFC 4480): written from a Parley presence for
 * NOTIFY, read from a phone's PUBLISH. available shows open with no activity; away, dnd (busy),
 * in-meeting (meeting) and on-the-phone are open with that activity; offline is closed.
 */
final class Pidf {

    static final String CONTENT_TYPE = "application";
    static final String CONTENT_SUBTYPE = "pidf+xml";
    private static final String PIDF_NS = "urn:ietf:params:xml:ns:pidf";
    private static final String RPID_NS = "urn:ietf:params:xml:ns:pidf:rpid";
    private static final String DM_NS = "urn:ietf:params:xml:ns:pidf:data-model";

    /** What a published document says. */
    record Published(Availability availability, String note) {
    }

    private Pidf() {
    }

    static String document(String entity, Presence presence) {
        var availability = presence.availability();
        var open = availability != Availability.OFFLINE;
        var note = XmlText.escape(presence.message());
        var xml = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<presence xmlns=\"").append(PIDF_NS).append("\" xmlns:rpid=\"").append(RPID_NS)
                .append("\" xmlns:dm=\"").append(DM_NS).append("\" entity=\"").append(XmlText.escape(entity)).append("\">\n")
                .append("  <tuple id=\"parley\"><status><basic>").append(open ? "open" : "closed")
                .append("</basic></status>");
        if (!note.isEmpty()) {
            xml.append("<note>").append(note).append("</note>");
        }
        xml.append("</tuple>\n");
        activity(availability).ifPresent(a -> xml.append("  <dm:person id=\"p\"><rpid:activities><rpid:").append(a)
                .append("/></rpid:activities>").append(note.isEmpty() ? "" : "<dm:note>" + note + "</dm:note>")
                .append("</dm:person>\n"));
        return xml.append("</presence>\n").toString();
    }

    static Optional<String> activity(Availability availability) {
        return Optional.ofNullable(switch (availability) {
            case AWAY -> "away";
            case DO_NOT_DISTURB -> "busy";
            case IN_A_MEETING -> "meeting";
            case ON_THE_PHONE -> "on-the-phone";
            case AVAILABLE, OFFLINE -> null;
        });
    }

    /**
     * Reads a published document.
     *
     * @throws IllegalArgumentException when it is not a well-formed PIDF document with a basic status
     */
    static Published parse(byte[] body) {
        var doc = read(body);
        var root = doc.getDocumentElement();
        if (!"presence".equals(root.getLocalName()) || !PIDF_NS.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("not a PIDF presence document");
        }
        var basic = first(root, PIDF_NS, "basic").map(e -> e.getTextContent().strip())
                .orElseThrow(() -> new IllegalArgumentException("no basic status"));
        var note = first(root, PIDF_NS, "note").or(() -> first(root, DM_NS, "note"))
                .map(e -> e.getTextContent().strip()).orElse("");
        if ("closed".equals(basic)) {
            return new Published(Availability.OFFLINE, note);
        }
        if (!"open".equals(basic)) {
            throw new IllegalArgumentException("basic status is open or closed");
        }
        var activities = root.getElementsByTagNameNS(RPID_NS, "activities");
        var availability = Availability.AVAILABLE;
        if (activities.getLength() > 0) {
            var children = ((Element) activities.item(0)).getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e && RPID_NS.equals(e.getNamespaceURI())) {
                    availability = fromActivity(e.getLocalName(), availability);
                }
            }
        }
        return new Published(availability, note);
    }

    private static Availability fromActivity(String name, Availability otherwise) {
        return switch (name) {
            case "away", "vacation", "sleeping" -> Availability.AWAY;
            case "busy", "performance", "presentation", "worship" -> Availability.DO_NOT_DISTURB;
            case "meeting", "appointment" -> Availability.IN_A_MEETING;
            case "on-the-phone" -> Availability.ON_THE_PHONE;
            default -> otherwise;
        };
    }

    private static Optional<Element> first(Element root, String ns, String name) {
        var found = root.getElementsByTagNameNS(ns, name);
        return found.getLength() == 0 ? Optional.empty() : Optional.of((Element) found.item(0));
    }

    private static Document read(byte[] body) {
        return SafeXml.parse(body);
    }
}
