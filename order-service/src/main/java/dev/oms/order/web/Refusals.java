package dev.oms.order.web;

import dev.oms.order.command.ConcurrentOrderChangeException;
import dev.oms.order.command.IdempotencyKeyReusedException;
import dev.oms.order.command.NotAllowedForCustomerException;
import dev.oms.order.command.OrderNotFoundException;
import dev.oms.order.domain.IllegalStatusTransitionException;
import dev.oms.order.domain.MixedCurrenciesException;
import dev.oms.order.domain.StatusNotRequestableException;
import dev.oms.platform.web.ProblemCatalog;
import dev.oms.platform.web.ProblemDetail;
import dev.oms.platform.web.ProblemType;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The order API's refusals as problem details, each of a type of its own (docs/api/problems.md); the failures every
 * API shares are the platform's.
 */
public class Refusals {

    static final ProblemType FORBIDDEN_FOR_CALLER = new ProblemType("forbidden-for-caller", 403, "Forbidden");
    static final ProblemType NOT_ALLOWED_FOR_CUSTOMER = new ProblemType("not-allowed-for-customer", 403, "Forbidden");
    static final ProblemType INVALID_TRANSITION =
            new ProblemType("invalid-transition", 409, "Status change not allowed");
    static final ProblemType STATUS_NOT_REQUESTABLE = new ProblemType("status-not-requestable", 400, "Invalid request");
    static final ProblemType CONCURRENT_CHANGE = new ProblemType("concurrent-change", 409, "Concurrent change");
    static final ProblemType ORDER_NOT_FOUND = new ProblemType("order-not-found", 404, "Not Found");
    static final ProblemType MIXED_CURRENCIES = new ProblemType("mixed-currencies", 422, "Mixed currencies");
    static final ProblemType IDEMPOTENCY_KEY_REUSED =
            new ProblemType("idempotency-key-reused", 422, "Idempotency key reused");

    @Produces
    @Singleton
    ProblemCatalog refusals() {
        return new ProblemCatalog()
                .refuse(RefusedException.class, FORBIDDEN_FOR_CALLER)
                .refuse(NotAllowedForCustomerException.class, NOT_ALLOWED_FOR_CUSTOMER)
                // currentStatus, an extension member, tells the client where the order stands
                .refuse(
                        IllegalStatusTransitionException.class,
                        INVALID_TRANSITION,
                        (problem, e) ->
                                problem.with("currentStatus", e.current().name()))
                .refuse(
                        StatusNotRequestableException.class,
                        STATUS_NOT_REQUESTABLE,
                        (problem, e) ->
                                problem.withErrors(List.of(new ProblemDetail.FieldError("status", e.getMessage()))))
                .refuse(ConcurrentOrderChangeException.class, CONCURRENT_CHANGE)
                .refuse(OrderNotFoundException.class, ORDER_NOT_FOUND)
                .refuse(IdempotencyKeyReusedException.class, IDEMPOTENCY_KEY_REUSED)
                .refuse(
                        MixedCurrenciesException.class,
                        MIXED_CURRENCIES,
                        (problem, e) -> problem.with(
                                "currencies", e.currencies().stream().sorted().toList()))
                .refuse(
                        InvalidParametersException.class,
                        ProblemType.INVALID_REQUEST,
                        (problem, e) -> problem.withErrors(e.errors()));
    }
}
