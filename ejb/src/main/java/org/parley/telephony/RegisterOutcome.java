package org.parley.telephony;

import java.util.List;

/** What the registrar decided about one REGISTER. */
public sealed interface RegisterOutcome {

    /** Done: the user's bindings now. */
    record Bound(List<Registration> bindings) implements RegisterOutcome {
        public Bound {
            bindings = List.copyOf(bindings);
        }
    }

    /** A contact asked for less than the shortest registration allowed (SIP 423 with Min-Expires). */
    record TooBrief(int minExpires) implements RegisterOutcome {
    }

    /** The request is older than what the binding already holds (same Call-ID, CSeq not higher). */
    record OutOfOrder() implements RegisterOutcome {
    }

    /** The user would have more devices than allowed. */
    record TooManyBindings(int max) implements RegisterOutcome {
    }
}
