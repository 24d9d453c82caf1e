package dev.oms.product.web;

import dev.oms.platform.web.ProblemCatalog;
import dev.oms.platform.web.ProblemDetail;
import dev.oms.platform.web.ProblemType;
import dev.oms.product.command.DuplicateSkuException;
import dev.oms.product.command.ProductNotFoundException;
import dev.oms.product.domain.InsufficientStockException;
import dev.oms.product.domain.StaleVersionException;
import dev.oms.product.query.InvalidCursorException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The catalogue's refusals as problem details, each of a type of its own (docs/api/problems.md); the failures every
 * API shares are the platform's.
 */
public class Refusals {

    static final ProblemType DUPLICATE_SKU = new ProblemType("duplicate-sku", 409, "Duplicate SKU");
    static final ProblemType PRODUCT_NOT_FOUND = new ProblemType("product-not-found", 404, "Not Found");
    static final ProblemType STALE_VERSION = new ProblemType("stale-version", 409, "Stale version");
    static final ProblemType IF_MATCH_FAILED = new ProblemType("if-match-failed", 412, "Precondition Failed");
    static final ProblemType IF_MATCH_REQUIRED = new ProblemType("if-match-required", 428, "Precondition Required");
    static final ProblemType INSUFFICIENT_STOCK = new ProblemType("insufficient-stock", 409, "Insufficient stock");

    @Produces
    @Singleton
    ProblemCatalog refusals() {
        return new ProblemCatalog()
                .refuse(DuplicateSkuException.class, DUPLICATE_SKU)
                .refuse(ProductNotFoundException.class, PRODUCT_NOT_FOUND)
                // currentVersion, an extension member: the details version found, i.e. the ETag a GET now returns
                .refuse(
                        StaleVersionException.class,
                        STALE_VERSION,
                        (problem, e) -> problem.with("currentVersion", e.currentVersion()))
                .refuse(
                        PreconditionFailedException.class,
                        IF_MATCH_FAILED,
                        (problem, e) -> problem.with("currentVersion", e.currentVersion()))
                .refuse(PreconditionRequiredException.class, IF_MATCH_REQUIRED)
                .refuse(InsufficientStockException.class, INSUFFICIENT_STOCK)
                .refuse(
                        InvalidCursorException.class,
                        ProblemType.INVALID_REQUEST,
                        (problem, e) -> field(problem, "cursor"))
                .refuse(
                        InvalidRequestException.class,
                        ProblemType.INVALID_REQUEST,
                        (problem, e) -> field(problem, e.field()));
    }

    private static ProblemDetail field(ProblemDetail problem, String field) {
        return ProblemDetail.invalidField(field, problem.detail());
    }
}
