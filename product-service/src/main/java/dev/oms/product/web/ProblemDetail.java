package dev.oms.product.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} is an extension member listing the offending fields of a request
 * that failed validation.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}

    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail(URI.create("about:blank"), title, status, detail, null, List.of());
    }
}
