package dev.oms.order.web;

import static dev.oms.platform.web.ProblemMappers.problem;

import dev.oms.order.command.ConcurrentOrderChangeException;
import dev.oms.order.command.IdempotencyKeyReusedException;
import dev.oms.order.command.NotAllowedForCustomerException;
import dev.oms.order.command.OrderNotFoundException;
import dev.oms.order.domain.IllegalStatusTransitionException;
import dev.oms.order.domain.StatusNotRequestableException;
import dev.oms.platform.web.ProblemDetail;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problem details of this service's own refusals; the failures every API shares are mapped by the platform's
 * {@link dev.oms.platform.web.ProblemMappers}.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(RefusedException e) {
        return problem(ProblemDetail.of(403, "Forbidden", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notAllowedForCustomer(NotAllowedForCustomerException e) {
        return problem(ProblemDetail.of(403, "Forbidden", e.getMessage()));
    }

    /** The extension member {@code currentStatus} tells the client where the order stands. */
    @ServerExceptionMapper
    public Response illegalTransition(IllegalStatusTransitionException e) {
        return problem(ProblemDetail.of(409, "Status change not allowed", e.getMessage())
                .with("currentStatus", e.current().name()));
    }

    @ServerExceptionMapper
    public Response notRequestable(StatusNotRequestableException e) {
        return problem(ProblemDetail.invalid(
                "Invalid request", e.getMessage(), List.of(new ProblemDetail.FieldError("status", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response concurrentChange(ConcurrentOrderChangeException e) {
        return problem(ProblemDetail.of(409, "Concurrent change", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response orderNotFound(OrderNotFoundException e) {
        return problem(ProblemDetail.of(404, "Not Found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e) {
        return problem(ProblemDetail.of(422, "Idempotency key reused", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e) {
        return problem(ProblemDetail.invalid("Invalid request", e.getMessage(), e.errors()));
    }
}
