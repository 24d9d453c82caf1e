package dev.oms.product.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.oms.product.command.DuplicateSkuException;
import dev.oms.product.command.ProductNotFoundException;
import dev.oms.product.domain.InsufficientStockException;
import dev.oms.product.domain.StaleVersionException;
import dev.oms.product.query.InvalidCursorException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into an RFC 9457 problem details response. */
public class ProblemMappers {

    /** No token at all (RFC 6750: the challenge names the scheme only). */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized("Bearer", "This endpoint needs a bearer token");
    }

    /** A token that is malformed, expired, wrongly signed or from another issuer; why is logged, never answered. */
    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e) {
        Log.debugf("Token refused: %s", e.getMessage());
        return unauthorized("Bearer error=\"invalid_token\"", "The bearer token is invalid or expired");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(ProblemDetail.of(403, "Forbidden", "Your token lacks the role this needs"));
    }

    @ServerExceptionMapper
    public Response duplicateSku(DuplicateSkuException e) {
        return problem(ProblemDetail.of(409, "Duplicate SKU", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(ProductNotFoundException e) {
        return problem(ProblemDetail.of(404, "Not Found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e) {
        return problem(ProblemDetail.of(409, "Stale version", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e) {
        return problem(ProblemDetail.of(412, "Precondition Failed", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e) {
        return problem(ProblemDetail.of(428, "Precondition Required", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response insufficientStock(InsufficientStockException e) {
        return problem(ProblemDetail.of(409, "Insufficient stock", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidCursor(InvalidCursorException e) {
        return badRequest("cursor", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return badRequest(e.field(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        var detail =
                errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return problem(
                new ProblemDetail(java.net.URI.create("about:blank"), "Invalid request", 400, detail, null, errors));
    }

    /** Declared for the exact types Quarkus REST Jackson maps itself (without problem details). */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            var field = unknown.getPropertyName();
            return problem(new ProblemDetail(
                    java.net.URI.create("about:blank"),
                    "Malformed request body",
                    400,
                    "Unknown field '" + field + "'",
                    null,
                    List.of(new ProblemDetail.FieldError(field, "is not a field of this request"))));
        }
        var field = e instanceof JsonMappingException mapping
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[")
                : "";
        var detail = field.isEmpty() ? "The request body is not valid JSON" : "Unreadable value for '" + field + "'";
        var errors = field.isEmpty()
                ? List.<ProblemDetail.FieldError>of()
                : List.of(new ProblemDetail.FieldError(field, e.getOriginalMessage()));
        return problem(new ProblemDetail(
                java.net.URI.create("about:blank"), "Malformed request body", 400, detail, null, errors));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        var status = e.getResponse().getStatus();
        var title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        return problem(ProblemDetail.of(status, title, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("Unhandled failure", e);
        return problem(ProblemDetail.of(500, "Internal Server Error", "The request could not be processed"));
    }

    private static Response unauthorized(String challenge, String detail) {
        return Response.status(401)
                .header("WWW-Authenticate", challenge)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(ProblemDetail.of(401, "Unauthorized", detail))
                .build();
    }

    private static Response badRequest(String field, String message) {
        return problem(new ProblemDetail(
                java.net.URI.create("about:blank"),
                "Invalid request",
                400,
                field + ": " + message,
                null,
                List.of(new ProblemDetail.FieldError(field, message))));
    }

    static Response problem(ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** "add.request.price" (method.parameter.field) becomes "price", "list.size" (method.parameter) "size". */
    private static String field(String propertyPath) {
        var parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts.length == 2 ? parts[1] : propertyPath;
    }
}
