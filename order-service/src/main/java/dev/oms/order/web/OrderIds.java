package dev.oms.order.web;

import java.util.UUID;

/** Reads an order id from a path; a malformed one is a bad request naming the parameter, not a 404. */
final class OrderIds {

    private OrderIds() {}

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidParametersException.of("id", "must be a UUID");
        }
    }
}
