package dev.oms.order.web;

import dev.oms.order.domain.OrderStatus;
import dev.oms.order.query.OrderCursor;
import dev.oms.order.query.OrderSearch;
import dev.oms.platform.web.ProblemDetail;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Reads the query parameters of {@code GET /api/orders}. They arrive as text and are parsed here so that every bad one
 * is named in a 400 problem (JAX-RS would answer a query parameter it cannot convert with 404).
 */
final class OrderListParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private OrderListParameters() {}

    static OrderSearch parse(String customerId, String status, String from, String to, String size, String cursor) {
        var errors = new ArrayList<ProblemDetail.FieldError>();
        if (customerId != null && (customerId.isBlank() || customerId.length() > 64)) {
            errors.add(new ProblemDetail.FieldError("customerId", "must be 1 to 64 characters"));
        }
        if (status != null
                && Arrays.stream(OrderStatus.values()).noneMatch(s -> s.name().equals(status))) {
            errors.add(
                    new ProblemDetail.FieldError("status", "must be one of " + Arrays.toString(OrderStatus.values())));
        }
        var fromInstant = instant("from", from, errors);
        var toInstant = instant("to", to, errors);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            errors.add(new ProblemDetail.FieldError("from", "must not be after 'to'"));
        }
        var pageSize = DEFAULT_SIZE;
        if (size != null) {
            try {
                pageSize = Integer.parseInt(size);
            } catch (NumberFormatException e) {
                pageSize = -1;
            }
            if (pageSize < 1 || pageSize > MAX_SIZE) {
                errors.add(new ProblemDetail.FieldError("size", "must be a whole number from 1 to " + MAX_SIZE));
            }
        }
        OrderCursor after = null;
        if (cursor != null) {
            try {
                after = OrderCursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                errors.add(new ProblemDetail.FieldError("cursor", "is not a cursor returned by this API"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new OrderSearch(customerId, status, fromInstant, toInstant, pageSize, after);
    }

    private static Instant instant(String field, String text, ArrayList<ProblemDetail.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new ProblemDetail.FieldError(field, "must be an ISO-8601 instant, e.g. 2026-03-01T00:00:00Z"));
            return null;
        }
    }
}
