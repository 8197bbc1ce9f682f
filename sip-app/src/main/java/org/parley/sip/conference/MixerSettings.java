package org.parley.sip.conference;

/**
 * How the conference mixer runs.
 *
 * @param host the address RTP is bound to and offered in SDP
 * @param firstPort the lowest RTP port (even ports only are used; RTCP is not)
 * @param lastPort the highest RTP port
 * @param maxConferences conferences mixed at once
 * @param maxParticipants participants mixed in one conference
 * @param talkingLevel the RMS level (of 32767) above which a participant counts as talking
 */
record MixerSettings(String host, int firstPort, int lastPort, int maxConferences, int maxParticipants,
        int talkingLevel) {

    /** Samples of one 20 ms packet at 8 kHz. */
    static final int FRAME = 160;
    /** The mixer's pace. */
    static final int FRAME_MILLIS = 20;
    /** Quiet frames after which a participant no longer counts as talking (hang-over: 400 ms). */
    static final int HANGOVER_FRAMES = 20;

    MixerSettings {
        if (firstPort < 1024 || lastPort > 65534 || lastPort < firstPort + 1) {
            throw new IllegalArgumentException("RTP ports must be a range within 1024-65534, not " + firstPort + "-" + lastPort);
        }
        if (maxConferences < 1 || maxParticipants < 2 || talkingLevel < 1) {
            throw new IllegalArgumentException("conference limits must be positive and a conference needs two");
        }
    }

    /** Settings from the configuration's text, e.g. ports {@code "40000-40999"}. */
    static MixerSettings parse(String host, String ports, int maxConferences, int maxParticipants, int talkingLevel) {
        var range = ports == null ? new String[0] : ports.strip().split("\\s*-\\s*");
        if (range.length != 2) {
            throw new IllegalArgumentException("parley.conference.rtpPorts is FIRST-LAST, not '" + ports + "'");
        }
        try {
            return new MixerSettings(host, Integer.parseInt(range[0]), Integer.parseInt(range[1]), maxConferences,
                    maxParticipants, talkingLevel);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parley.conference.rtpPorts is FIRST-LAST, not '" + ports + "'", e);
        }
    }
}
