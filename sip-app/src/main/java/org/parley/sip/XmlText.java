package org.parley.sip;

/** Text escaped for the XML bodies the edge writes (PIDF, dialog-info). Stateless. */
public final class XmlText {

    private XmlText() {
    }

    /** {@code text} escaped for character data and double-quoted attribute values. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
