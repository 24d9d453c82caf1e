package dev.oms.product.web;

import dev.oms.platform.web.ProblemCatalog;
import dev.oms.platform.web.ProblemDetail;
import dev.oms.product.command.DuplicateSkuException;
import dev.oms.product.command.ProductNotFoundException;
import dev.oms.product.domain.InsufficientStockException;
import dev.oms.product.domain.StaleVersionException;
import dev.oms.product.query.InvalidCursorException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The catalogue's refusals as problem details; the failures every API shares are the platform's. */
public class Refusals {

    @Produces
    @Singleton
    ProblemCatalog refusals() {
        return new ProblemCatalog()
                .refuse(DuplicateSkuException.class, 409, "Duplicate SKU")
                .refuse(ProductNotFoundException.class, 404, "Not Found")
                // currentVersion, an extension member: the details version found, i.e. the ETag a GET now returns
                .refuse(
                        StaleVersionException.class,
                        e -> ProblemDetail.of(409, "Stale version", e.getMessage())
                                .with("currentVersion", e.currentVersion()))
                .refuse(
                        PreconditionFailedException.class,
                        e -> ProblemDetail.of(412, "Precondition Failed", e.getMessage())
                                .with("currentVersion", e.currentVersion()))
                .refuse(PreconditionRequiredException.class, 428, "Precondition Required")
                .refuse(InsufficientStockException.class, 409, "Insufficient stock")
                .refuse(InvalidCursorException.class, e -> ProblemDetail.invalidField("cursor", e.getMessage()))
                .refuse(InvalidRequestException.class, e -> ProblemDetail.invalidField(e.field(), e.getMessage()));
    }
}
