package org.parley.telephony;

/**
 * A port of the conference service, owned by it and implemented by the edge that mixes the audio
 * (the SIP edge's conference focus), which attaches itself while it runs. Implementations report
 * every change of a participant back through {@link ConferenceService#progressed} and
 * {@link ConferenceService#talking}, but not the changes asked for here (a participant dropped,
 * the conference closed), which the service has applied already. None of these methods blocks
 * on the network.
 */
public interface ConferenceControl {

    /** The SIP URI of the conference that phones dial into. */
    String address(String conference);

    /** Rings {@code user}'s device at {@code contact} into the conference. */
    void dial(String conference, String user, String contact);

    /** Keeps the participant's audio from the others, or lets it through again. */
    void mute(String conference, String user, boolean muted);

    /** Hangs up one participant (BYE, or CANCEL while ringing); nothing if they are not on the call. */
    void drop(String conference, String user);

    /** The conference changed (a participant's state, mute or talking): subscribers of its event package hear of it. */
    void changed(ConferenceView view);

    /** Ends the conference: every participant is hung up and its media released. */
    void close(String conference);
}
