package org.parley.sip.conference;

import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceView;

/**
 * The {@code application/conference-info+xml} document (RFC 4575) of a conference: every
 * participant a user with one endpoint, its status (pending, alerting, connected, disconnected
 * with how), and its audio: {@code sendrecv}, or {@code recvonly} while the focus keeps it from
 * the others (muted); whether they talk is an extension element {@code <p:talking>}. A
 * subscription's first document is the full state; the later ones are partial (RFC 4575 section
 * 4.1: only the users that changed, each in full), each with the subscription's next version.
 * Stateless.
 */
final class ConferenceInfo {

    static final String TYPE = "application";
    static final String SUBTYPE = "conference-info+xml";
    static final String PARLEY_NS = "urn:parley:params:xml:ns:conference-talking";

    private ConferenceInfo() {
    }

    /** The full state; {@code users} maps a user id to its SIP URI. */
    static String document(ConferenceView v, long version, java.util.function.UnaryOperator<String> users) {
        return document(v, version, users, null);
    }

    /** The users of {@code changed} only (a partial document), or everyone when it is null (the full state). */
    static String document(ConferenceView v, long version, java.util.function.UnaryOperator<String> users,
            java.util.Set<String> changed) {
        var state = changed == null ? "full" : "partial";
        var xml = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<conference-info xmlns=\"urn:ietf:params:xml:ns:conference-info\" xmlns:p=\"")
                .append(PARLEY_NS).append("\" entity=\"").append(v.address()).append("\" state=\"").append(state)
                .append("\" version=\"").append(version).append("\">\n");
        long active = v.participants().stream().filter(p -> p.state().isActive()).count();
        xml.append(" <conference-state><user-count>").append(active).append("</user-count><active>")
                .append(!v.ended()).append("</active></conference-state>\n <users state=\"").append(state).append("\">\n");
        for (var p : v.participants()) {
            if (changed != null && !changed.contains(p.user())) {
                continue;
            }
            var uri = users.apply(p.user());
            xml.append("  <user entity=\"").append(uri).append("\" state=\"full\"><display-text>").append(p.user())
                    .append("</display-text>\n   <endpoint entity=\"").append(uri).append("\"><status>")
                    .append(status(p)).append("</status>");
            var how = disconnection(p);
            if (!how.isEmpty()) {
                xml.append("<disconnection-method>").append(how).append("</disconnection-method>");
            }
            if (p.state() == org.parley.telephony.ParticipantState.CONNECTED) {
                xml.append("\n    <media id=\"audio\"><type>audio</type><status>")
                        .append(p.muted() ? "recvonly" : "sendrecv").append("</status><p:talking>").append(p.talking())
                        .append("</p:talking></media>");
            }
            xml.append("</endpoint>\n  </user>\n");
        }
        return xml.append(" </users>\n</conference-info>\n").toString();
    }

    private static String status(ConferenceParticipant p) {
        return switch (p.state()) {
            case INVITED -> "pending";
            case RINGING -> "alerting";
            case CONNECTED -> "connected";
            case LEFT, REFUSED, FAILED -> "disconnected";
        };
    }

    private static String disconnection(ConferenceParticipant p) {
        return switch (p.state()) {
            case LEFT -> p.reason().startsWith("hung up by") ? "booted" : "departed";
            case REFUSED -> "busy";
            case FAILED -> "failed";
            default -> "";
        };
    }
}
