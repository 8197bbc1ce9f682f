package org.parley.web.csta;

/**
 * Writes the messages Parley sends to a CSTA application: positive responses in the ECMA-323
 * edition 5 namespace, {@code CSTAErrorCode}, and the ECMA-354 session responses. Text is
 * escaped. Stateless; thread-safe.
 */
final class CstaEncoder {

    static final String CSTA_NS = CstaDecoder.CSTA_PREFIX + "ed5";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    String sessionStarted(String sessionId) {
        return PROLOG + "<StartApplicationSessionPosResponse xmlns=\"" + CstaDecoder.SESSION_NS + "\">"
                + "<sessionID>" + escape(sessionId) + "</sessionID>"
                + "<actualProtocolVersion>" + CSTA_NS + "</actualProtocolVersion>"
                + "</StartApplicationSessionPosResponse>";
    }

    String sessionRefused(String definedError) {
        return PROLOG + "<StartApplicationSessionNegResponse xmlns=\"" + CstaDecoder.SESSION_NS + "\">"
                + "<errorCode><definedError>" + escape(definedError) + "</definedError></errorCode>"
                + "</StartApplicationSessionNegResponse>";
    }

    String error(CstaError error) {
        return csta("CSTAErrorCode", element(error.category(), escape(error.value())));
    }

    String makeCallResponse(String callId, String device) {
        return csta("MakeCallResponse", element("callingDevice", connection(callId, device)));
    }

    String clearConnectionResponse() {
        return csta("ClearConnectionResponse", "");
    }

    String monitorStartResponse(String crossRefId) {
        return csta("MonitorStartResponse", element("monitorCrossRefID", escape(crossRefId)));
    }

    String monitorStopResponse() {
        return csta("MonitorStopResponse", "");
    }

    /** A CSTA message: the root element in the edition 5 namespace around {@code content}. */
    static String csta(String name, String content) {
        return PROLOG + "<" + name + " xmlns=\"" + CSTA_NS + "\">" + content + "</" + name + ">";
    }

    static String element(String name, String content) {
        return "<" + name + ">" + content + "</" + name + ">";
    }

    /** A connection identifier: the call and the device. */
    static String connection(String callId, String device) {
        return element("callID", escape(callId)) + element("deviceID", escape(device));
    }

    /** A device as events name it ({@code deviceIdentifier}). */
    static String device(String name, String device) {
        return element(name, element("deviceIdentifier", escape(device)));
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
