package org.parley.web.csta;

import java.util.Objects;

/** A request a CSTA application sends, decoded and checked for shape by {@link CstaDecoder}. */
sealed interface CstaRequest {

    /** ECMA-354 StartApplicationSession: signs the connection in as a directory user. */
    record StartSession(String applicationId, String user, String password) implements CstaRequest {
        public StartSession {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "StartSession[" + applicationId + ", " + user + "]"; // never the password
        }
    }

    /** MakeCall: ring {@code callingDevice} (the user's own device, or a number to be rung at), then connect it to the called number. */
    record MakeCall(String callingDevice, String calledDirectoryNumber) implements CstaRequest {
    }

    /** ClearConnection: hang up the call {@code callId} at {@code deviceId}. */
    record ClearConnection(String callId, String deviceId) implements CstaRequest {
    }

    /** MonitorStart on a device: its call events follow, tagged with the cross reference. */
    record MonitorStart(String device) implements CstaRequest {
    }

    /** MonitorStop of an earlier MonitorStart's cross reference. */
    record MonitorStop(String crossRefId) implements CstaRequest {
    }
}
