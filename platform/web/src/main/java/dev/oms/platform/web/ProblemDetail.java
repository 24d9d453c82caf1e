package dev.oms.platform.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. {@code errors} lists the offending fields of a request that failed validation;
 * a service adds its own extension members ({@link #with}), written at the top level of the body as RFC 9457 says.
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
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final URI BLANK = URI.create("about:blank");

    public record FieldError(String field, String message) {}

    public ProblemDetail {
        errors = List.copyOf(errors);
        extensions = Map.copyOf(extensions);
    }

    /**
     * A problem that means no more than its HTTP status (RFC 9457: {@code about:blank}, titled by the status), for what
     * the HTTP layer refuses before any API is reached: an unknown path, a method or media type not served.
     */
    public static ProblemDetail ofStatus(int status, String title, String detail) {
        return new ProblemDetail(BLANK, title, status, detail, null, List.of(), Map.of());
    }

    /** A 400 listing the offending fields. */
    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        return ProblemType.INVALID_REQUEST.problem(detail).withErrors(errors);
    }

    /** A 400 naming one offending field. */
    public static ProblemDetail invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** This problem listing these offending fields. */
    public ProblemDetail withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, instance, fieldErrors, extensions);
    }

    /** This problem with one more extension member. */
    public ProblemDetail with(String member, Object value) {
        var more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ProblemDetail(type, title, status, detail, instance, errors, more);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }
}
