package dev.oms.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.oms.platform.messaging.TransientFailures;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the failures every API shares (authentication, validation, unreadable bodies, anything unexpected) into RFC
 * 9457 problem details, and a service's own refusals by its {@link ProblemCatalog}.
 */
public class ProblemMappers {

    /** Seconds a client waits before retrying a request the database could not serve: a restart takes a few. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Instance<ProblemCatalog> catalog;

    public ProblemMappers(Instance<ProblemCatalog> catalog) {
        this.catalog = catalog;
    }

    /** Method parameters whose name on the wire differs from the Java name. */
    private static final Map<String, String> WIRE_NAMES = Map.of("idempotencyKey", "Idempotency-Key");

    /** No token at all (RFC 6750: the challenge names the scheme only). */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized("Bearer", ProblemType.UNAUTHENTICATED.problem("This endpoint needs a bearer token"));
    }

    /** A token that is malformed, expired, wrongly signed or from another issuer; why is logged, never answered. */
    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e) {
        Log.debugf("Token refused: %s", e.getMessage());
        return unauthorized(
                "Bearer error=\"invalid_token\"",
                ProblemType.INVALID_TOKEN.problem("The bearer token is invalid or expired"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(ProblemType.FORBIDDEN.problem("Your token lacks the role this needs"));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        var detail =
                errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return problem(ProblemDetail.invalid(detail, errors));
    }

    /** Declared for the exact types Quarkus REST Jackson maps itself (without problem details), so these win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
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
            return problem(ProblemType.MALFORMED_BODY
                    .problem("Unknown field '" + field + "'")
                    .withErrors(List.of(new ProblemDetail.FieldError(field, "is not a field of this request"))));
        }
        var field = UnreadableValue.field(e);
        if (field.isEmpty()) {
            return problem(ProblemType.MALFORMED_BODY.problem("The request body is not valid JSON"));
        }
        var expectation = UnreadableValue.expectation(e);
        return problem(ProblemType.MALFORMED_BODY
                .problem(field + ": " + expectation)
                .withErrors(List.of(new ProblemDetail.FieldError(field, expectation))));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        var status = e.getResponse().getStatus();
        var reason = Response.Status.fromStatusCode(status);
        return problem(
                ProblemDetail.ofStatus(status, reason != null ? reason.getReasonPhrase() : "Error", e.getMessage()));
    }

    /**
     * A refusal the service's catalog names; a dependency briefly unavailable (the database restarting or failing
     * over): 503 with Retry-After; or else a failure nobody expected: 500, without internals. Checked exceptions too:
     * a refused connection reaches here as one, unwrapped.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof RuntimeException refused && catalog.isResolvable()) {
            var refusal = catalog.get().problemFor(refused);
            if (refusal.isPresent()) {
                return problem(refusal.get());
            }
        }
        if (TransientFailures.isTransient(e)) {
            Log.debugf("A request failed on a dependency that is briefly unavailable: %s", e);
            return Response.fromResponse(problem(ProblemType.DEPENDENCY_UNAVAILABLE.problem(
                            "The database is briefly unavailable; retry after Retry-After (a command with the same "
                                    + "Idempotency-Key, where the API takes one, is never carried out twice)")))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        Log.error("Unhandled failure", e);
        return problem(ProblemType.INTERNAL.problem("The request could not be processed"));
    }

    /** The response for a problem: its status, the problem media type, the problem as the body. */
    public static Response problem(ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static Response unauthorized(String challenge, ProblemDetail problem) {
        return Response.fromResponse(problem(problem))
                .header("WWW-Authenticate", challenge)
                .build();
    }

    /**
     * "add.request.price" (method.parameter.field) becomes "price", "place.request.lines[0].quantity" becomes
     * "lines[0].quantity"; a bare parameter ("list.size") becomes its name on the wire.
     */
    static String field(String propertyPath) {
        var parts = propertyPath.split("\\.", 3);
        if (parts.length == 3) {
            return parts[2];
        }
        var name = parts[parts.length - 1];
        return WIRE_NAMES.getOrDefault(name, name);
    }
}
