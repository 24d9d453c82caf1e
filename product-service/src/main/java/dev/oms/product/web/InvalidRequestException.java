package dev.oms.product.web;

/** A request that Bean Validation alone cannot judge (headers, rules across fields) is wrong in one field. */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
