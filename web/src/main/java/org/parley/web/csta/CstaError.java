package org.parley.web.csta;

/**
 * An ECMA-269 error as ECMA-323 encodes it, {@code <CSTAErrorCode><category>value</category></CSTAErrorCode>}:
 * the category ({@code operation}, {@code stateIncompatibility}, {@code systemResourceAvailability},
 * {@code security}, {@code unspecified}) and its value. Thrown by the decoder and the session; the
 * connection answers it to the request that caused it and goes on.
 */
final class CstaError extends Exception {

    private static final long serialVersionUID = 1L;

    private final String category;
    private final String value;

    CstaError(String category, String value, String detail) {
        super(detail, null, false, false);
        this.category = category;
        this.value = value;
    }

    static CstaError operation(String value, String detail) {
        return new CstaError("operation", value, detail);
    }

    String category() {
        return category;
    }

    String value() {
        return value;
    }
}
