package dev.oms.order.web;

import dev.oms.order.command.ConcurrentOrderChangeException;
import dev.oms.order.command.IdempotencyKeyReusedException;
import dev.oms.order.command.NotAllowedForCustomerException;
import dev.oms.order.command.OrderNotFoundException;
import dev.oms.order.domain.IllegalStatusTransitionException;
import dev.oms.order.domain.StatusNotRequestableException;
import dev.oms.platform.web.ProblemCatalog;
import dev.oms.platform.web.ProblemDetail;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The order API's refusals as problem details; the failures every API shares are the platform's. */
public class Refusals {

    @Produces
    @Singleton
    ProblemCatalog refusals() {
        return new ProblemCatalog()
                .refuse(RefusedException.class, 403, "Forbidden")
                .refuse(NotAllowedForCustomerException.class, 403, "Forbidden")
                // currentStatus, an extension member, tells the client where the order stands
                .refuse(
                        IllegalStatusTransitionException.class,
                        e -> ProblemDetail.of(409, "Status change not allowed", e.getMessage())
                                .with("currentStatus", e.current().name()))
                .refuse(
                        StatusNotRequestableException.class,
                        e -> ProblemDetail.invalid(
                                "Invalid request",
                                e.getMessage(),
                                List.of(new ProblemDetail.FieldError("status", e.getMessage()))))
                .refuse(ConcurrentOrderChangeException.class, 409, "Concurrent change")
                .refuse(OrderNotFoundException.class, 404, "Not Found")
                .refuse(IdempotencyKeyReusedException.class, 422, "Idempotency key reused")
                .refuse(
                        InvalidParametersException.class,
                        e -> ProblemDetail.invalid("Invalid request", e.getMessage(), e.errors()));
    }
}
