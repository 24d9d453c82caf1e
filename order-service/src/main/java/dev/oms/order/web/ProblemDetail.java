package dev.oms.order.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. Extension members: {@code errors} lists the offending fields of a request that
 * failed validation; {@code currentStatus} is the order's status when a status change was refused.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "ProblemDetail", description = "RFC 9457 problem details (application/problem+json)")
public record ProblemDetail(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        List<FieldError> errors,
        String currentStatus) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}

    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail(URI.create("about:blank"), title, status, detail, null, List.of(), null);
    }

    public static ProblemDetail invalid(String title, String detail, List<FieldError> errors) {
        return new ProblemDetail(URI.create("about:blank"), title, 400, detail, null, errors, null);
    }
}
