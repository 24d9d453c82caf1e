package dev.oms.order.command;

import java.time.Instant;
import java.util.UUID;

/** What a status change answers: the move that was made. */
public record OrderStatusChangedResult(UUID orderId, String from, String to, String reason, Instant at) {}
