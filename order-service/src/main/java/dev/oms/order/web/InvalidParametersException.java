package dev.oms.order.web;

import dev.oms.platform.web.ProblemDetail;
import java.util.List;
import java.util.stream.Collectors;

/** Path or query parameters that do not parse or are out of range; answered 400 naming each of them. */
public class InvalidParametersException extends RuntimeException {

    private final List<ProblemDetail.FieldError> errors;

    public InvalidParametersException(List<ProblemDetail.FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidParametersException of(String field, String message) {
        return new InvalidParametersException(List.of(new ProblemDetail.FieldError(field, message)));
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }
}
