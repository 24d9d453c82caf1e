package dev.oms.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One entry of an order's status history: when it moved, from where, to where, and why. */
@Embeddable
public record StatusChange(
        @Column(name = "changed_at", nullable = false) Instant at,

        @Enumerated(EnumType.STRING) @Column(name = "from_status", nullable = false, length = 20)
        OrderStatus from,

        @Enumerated(EnumType.STRING) @Column(name = "to_status", nullable = false, length = 20)
        OrderStatus to,

        @Column(length = StatusChange.MAX_REASON) String reason) {

    public static final int MAX_REASON = 1000;
}
