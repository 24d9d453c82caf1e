package dev.oms.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One entry of an order's status history: when it moved, from where, to where, and why. */
@Embeddable
public class StatusChange {

    public static final int MAX_REASON = 1000;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private OrderStatus to;

    @Column(length = MAX_REASON)
    private String reason;

    protected StatusChange() {
        // for the persistence provider
    }

    StatusChange(Instant at, OrderStatus from, OrderStatus to, String reason) {
        this.at = at;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public Instant at() {
        return at;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
