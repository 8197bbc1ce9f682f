package org.parley.telephony;

import java.util.List;
import java.util.Objects;

/** Where a call placed by a Parley user goes: decided by {@link CallService#route}. */
public sealed interface CallRoute {

    /**
     * To every device a Parley user has registered (the call forks to all of them).
     *
     * @param callee the directory user called
     * @param contacts their devices' contact URIs, the newest binding first; never empty
     */
    record ToDevices(String callee, List<String> contacts) implements CallRoute {
        public ToDevices {
            Objects.requireNonNull(callee, "callee");
            contacts = List.copyOf(contacts);
            if (contacts.isEmpty()) {
                throw new IllegalArgumentException("a call to devices needs at least one");
            }
        }
    }

    /**
     * To a number outside Parley, through the configured trunk (outbound proxy or PBX).
     *
     * @param number the number dialled, as dialled
     * @param trunk the SIP URI of the trunk, e.g. {@code sip:pbx.example.com:5060}
     */
    record ToTrunk(String number, String trunk) implements CallRoute {
        public ToTrunk {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(trunk, "trunk");
        }

        /** The request URI of a call to the number: the trunk's URI with the number as its user part. */
        public String requestUri() {
            int colon = trunk.indexOf(':');
            int at = trunk.indexOf('@');
            var host = at >= 0 ? trunk.substring(at + 1) : trunk.substring(colon + 1);
            return trunk.substring(0, colon + 1) + number + "@" + host;
        }
    }

    /**
     * Nowhere: the call is refused, for a reason the caller is told.
     *
     * @param why the kind of refusal
     * @param detail a sentence for the caller
     */
    record Unreachable(Why why, String detail) implements CallRoute {
        public Unreachable {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a call cannot be placed. */
    enum Why {
        /** Neither a directory user nor a number. */
        NO_SUCH_USER,
        /** A directory user with no device registered now. */
        NO_DEVICE,
        /** The callee is on Do Not Disturb and has not excepted the caller. */
        DO_NOT_DISTURB,
        /** A number, but no trunk is configured. */
        NO_TRUNK,
        /** A number that the trunk's number pattern does not allow. */
        NUMBER_NOT_ALLOWED
    }
}
