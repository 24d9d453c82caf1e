package dev.oms.order.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.oms.order.domain.IllegalStatusTransitionException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into an RFC 9457 problem details response. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalStatusTransitionException e) {
        return problem(ProblemDetail.of(409, "Status change not allowed", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        var detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return problem(new ProblemDetail(java.net.URI.create("about:blank"), "Invalid request", 400, detail, null,
                errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        var field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        var detail = field.isEmpty() ? "The request body is not valid JSON" : "Unreadable value for '" + field + "'";
        var errors = field.isEmpty() ? List.<ProblemDetail.FieldError>of()
                : List.of(new ProblemDetail.FieldError(field, e.getOriginalMessage()));
        return problem(new ProblemDetail(java.net.URI.create("about:blank"), "Malformed request body", 400, detail,
                null, errors));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        var status = e.getResponse().getStatus();
        var title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return problem(ProblemDetail.of(status, title, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("Unhandled failure", e);
        return problem(ProblemDetail.of(500, "Internal Server Error", "The request could not be processed"));
    }

    static Response problem(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    /** "add.request.price" (method.parameter.field) becomes "price". */
    private static String field(String propertyPath) {
        var parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : propertyPath;
    }
}
