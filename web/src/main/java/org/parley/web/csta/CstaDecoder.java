package org.parley.web.csta;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.parley.xml.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Decodes one ECMA-323 (CSTA XML, any edition's namespace) or ECMA-354 (StartApplicationSession)
 * message into a {@link CstaRequest}. No DOCTYPE (so no entity expansion), no external
 * resources. Anything else is a {@link CstaError}: malformed XML {@code operation/generic},
 * an unsupported service {@code operation/invalidFeature}, a missing or malformed element
 * {@code operation/valueOutOfRange} or the device error of its field. Stateless; thread-safe.
 */
final class CstaDecoder {

    static final String CSTA_PREFIX = "http://www.ecma-international.org/standards/ecma-323/csta/";
    static final String SESSION_NS = "http://www.ecma-international.org/standards/ecma-354/appl_session";
    /** A device as a CSTA application names it: a user id, or a number (digits, optional +, separators). */
    private static final Pattern DEVICE = Pattern.compile("[+]?[0-9][0-9 ().-]{1,30}|[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CROSS_REF = Pattern.compile("[0-9]{1,9}");
    private static final int MAX_TEXT = 256;

    CstaRequest decode(byte[] xml) throws CstaError {
        var root = parse(xml);
        var ns = Optional.ofNullable(root.getNamespaceURI()).orElse("");
        var name = root.getLocalName();
        if (SESSION_NS.equals(ns) && "StartApplicationSession".equals(name)) {
            var info = child(root, "applicationInfo");
            var specific = child(info, "applicationSpecificInfo");
            return new CstaRequest.StartSession(text(info, "applicationID"), text(specific, "userID"),
                    text(specific, "password"));
        }
        if (!ns.startsWith(CSTA_PREFIX)) {
            throw CstaError.operation("invalidFeature", "not a CSTA message: {" + ns + "}" + name);
        }
        return switch (name) {
            case "MakeCall" -> new CstaRequest.MakeCall(device(text(root, "callingDevice"), "invalidCallingDevice"),
                    device(text(root, "calledDirectoryNumber"), "invalidCalledDevice"));
            case "ClearConnection" -> {
                var connection = child(root, "connectionToBeCleared");
                yield new CstaRequest.ClearConnection(text(connection, "callID"),
                        device(text(connection, "deviceID"), "invalidConnectionIdentifier"));
            }
            case "MonitorStart" -> new CstaRequest.MonitorStart(
                    device(text(child(root, "monitorObject"), "deviceObject"), "invalidDeviceIdentifier"));
            case "MonitorStop" -> new CstaRequest.MonitorStop(crossRef(text(root, "monitorCrossRefID")));
            default -> throw CstaError.operation("invalidFeature", "the service " + name + " is not offered");
        };
    }

    /** The device named: the user of a sip: URI, the number of a tel: URI, else the text. */
    static String device(String text, String error) throws CstaError {
        var device = text.strip();
        var lower = device.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sip:")) {
            device = device.substring(4).split("@", 2)[0];
        } else if (lower.startsWith("tel:")) {
            device = device.substring(4).split(";", 2)[0];
        }
        if (!DEVICE.matcher(device).matches()) {
            throw CstaError.operation(error, "'" + text + "' is not a device: a user id or a number");
        }
        return device;
    }

    private static String crossRef(String text) throws CstaError {
        if (!CROSS_REF.matcher(text.strip()).matches()) {
            throw CstaError.operation("invalidCrossRefID", "'" + text + "' is not a monitor cross reference");
        }
        return text.strip();
    }

    private static Element parse(byte[] xml) throws CstaError {
        try {
            return SafeXml.parse(xml).getDocumentElement();
        } catch (IllegalArgumentException e) {
            throw CstaError.operation("generic", e.getMessage());
        }
    }

    /** The first child element of {@code parent} with that local name. */
    private static Element child(Element parent, String name) throws CstaError {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw CstaError.operation("valueOutOfRange", parent.getLocalName() + " needs " + name);
    }

    private static String text(Element parent, String name) throws CstaError {
        var text = child(parent, name).getTextContent().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw CstaError.operation("valueOutOfRange", name + " is empty or longer than " + MAX_TEXT);
        }
        return text;
    }
}
