package org.parley.web.csta;

import org.parley.error.ParleyException;

/** The CSTA error of a service refusal, by the request that met it. Stateless. */
final class CstaErrors {

    private CstaErrors() {
    }

    static CstaError of(CstaRequest request, ParleyException e) {
        var detail = e.getMessage();
        if (request instanceof CstaRequest.ClearConnection) {
            return CstaError.operation("invalidConnectionIdentifier", detail);
        }
        if (e instanceof ParleyException.Invalid || e instanceof ParleyException.NotFound) {
            return CstaError.operation("invalidCalledDevice", detail);
        }
        if (e instanceof ParleyException.Forbidden) {
            return CstaError.operation("privilegeViolationOnCalledDevice", detail);
        }
        if (e instanceof ParleyException.Conflict conflict) {
            return "too-many-calls".equals(conflict.kind())
                    ? new CstaError("systemResourceAvailability", "resourceLimitExceeded", detail)
                    : new CstaError("stateIncompatibility", "invalidObjectState", conflict.kind() + ": " + detail);
        }
        if (e instanceof ParleyException.Unavailable) {
            return new CstaError("systemResourceAvailability", "resourceOutOfService", detail);
        }
        return new CstaError("unspecified", "generic", detail);
    }
}
