package dev.oms.product.web;

import static dev.oms.platform.web.ProblemMappers.problem;

import dev.oms.platform.web.ProblemDetail;
import dev.oms.product.command.DuplicateSkuException;
import dev.oms.product.command.ProductNotFoundException;
import dev.oms.product.domain.InsufficientStockException;
import dev.oms.product.domain.StaleVersionException;
import dev.oms.product.query.InvalidCursorException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problem details of this service's own refusals; the failures every API shares are mapped by the platform's
 * {@link dev.oms.platform.web.ProblemMappers}.
 */
public class ProblemMappers {

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
        return problem(ProblemDetail.invalidField("cursor", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return problem(ProblemDetail.invalidField(e.field(), e.getMessage()));
    }
}
