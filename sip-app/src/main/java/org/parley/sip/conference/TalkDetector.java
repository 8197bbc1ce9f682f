package org.parley.sip.conference;

/**
 * "Who is talking": a participant talks from the first 20 ms frame whose RMS level is above the
 * threshold until {@link MixerSettings#HANGOVER_FRAMES} quiet frames in a row (the hang-over keeps
 * the pauses between words from flickering). Not thread-safe: the mixer's tick owns it.
 */
final class TalkDetector {

    private final long threshold;
    private boolean talking;
    private int quiet;

    TalkDetector(int level) {
        this.threshold = (long) level * level * MixerSettings.FRAME;
    }

    /** Feeds one frame (null: silence); true when that changed whether the participant talks. */
    boolean update(short[] frame) {
        boolean loud = frame != null && energy(frame) > threshold;
        if (loud) {
            quiet = 0;
            if (!talking) {
                talking = true;
                return true;
            }
            return false;
        }
        if (talking && ++quiet >= MixerSettings.HANGOVER_FRAMES) {
            talking = false;
            return true;
        }
        return false;
    }

    boolean talking() {
        return talking;
    }

    /** The sum of squares of a frame's samples. */
    static long energy(short[] frame) {
        long sum = 0;
        for (short s : frame) {
            sum += (long) s * s;
        }
        return sum;
    }
}
