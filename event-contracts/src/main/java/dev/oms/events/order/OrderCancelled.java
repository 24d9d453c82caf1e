package dev.oms.events.order;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.util.UUID;

/**
 * An order was cancelled. If stock had been reserved for it, product-service releases exactly that reservation; the
 * event does not repeat the quantities, product-service's reservation ledger is the source of truth for them.
 */
public record OrderCancelled(UUID orderId, @OptionalField String reason) implements EventPayload {}
