package dev.oms.order.query;

import java.time.Instant;

/**
 * Which orders to list: every filter is optional (null); {@code from} is inclusive and {@code to} exclusive, on the
 * placed time. {@code after} is the cursor of the previous page, null for the first.
 */
public record OrderSearch(String customerId, String status, Instant from, Instant to, int size, OrderCursor after) {}
