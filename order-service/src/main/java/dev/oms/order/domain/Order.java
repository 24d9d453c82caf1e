package dev.oms.order.domain;

import dev.oms.platform.domain.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A customer's order: the aggregate the command side changes. It guards its status changes and records the events
 * each change raises.
 */
@Entity
@Table(name = "customer_order")
public class Order extends Aggregate<OrderEvent> {

    public static final int MAX_LINES = 50;

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_status_change", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Order() {
        // for the persistence provider
    }

    /** Places an order: PENDING until product-service has answered. */
    public static Order place(String customerId, List<OrderLine> lines, Instant now) {
        Objects.requireNonNull(customerId, "customerId");
        if (customerId.isBlank() || customerId.length() > 64) {
            throw new IllegalArgumentException("customerId must be 1 to 64 characters");
        }
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an order has 1 to " + MAX_LINES + " lines");
        }
        var products = new HashSet<UUID>();
        for (var line : lines) {
            if (!products.add(line.productId())) {
                throw new IllegalArgumentException("product " + line.productId() + " appears on two lines");
            }
        }
        var seenCurrencies = lines.stream()
                .map(OrderLine::seenCurrency)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        if (seenCurrencies.size() > 1) {
            throw new MixedCurrenciesException(seenCurrencies);
        }
        var order = new Order();
        order.id = UUID.randomUUID();
        order.customerId = customerId;
        order.status = OrderStatus.PENDING;
        order.lines = new ArrayList<>(lines);
        order.createdAt = now;
        order.changedAt(now);
        order.raise(new OrderEvent.Placed(
                order.id,
                customerId,
                lines.stream()
                        .map(line -> new OrderEvent.Quantity(
                                line.productId(), line.quantity(), line.seenUnitPrice(), line.seenCurrency()))
                        .toList()));
        return order;
    }

    /** Product-service reserved the stock: the order takes the catalogue's names and prices. */
    public void confirm(Map<UUID, PricedProduct> prices, Instant now) {
        requireAllowed(OrderStatus.CONFIRMED);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var priced = prices.get(line.productId());
            if (priced == null) {
                throw new IllegalArgumentException("no price for product " + line.productId());
            }
            lines.set(i, line.priced(priced.name(), priced.unitPrice(), priced.currency()));
        }
        moveTo(OrderStatus.CONFIRMED, "stock reserved", now);
    }

    /** Product-service could not reserve the stock. */
    public void reject(String reason, Instant now) {
        requireAllowed(OrderStatus.REJECTED);
        moveTo(OrderStatus.REJECTED, reason, now);
    }

    /**
     * No stock answer came within the time a customer may be kept waiting: the order is rejected, and
     * {@code OrderCancelled} tells product-service to release whatever it reserved or is about to reserve for it.
     */
    public void expire(String reason, Instant now) {
        requireAllowed(OrderStatus.REJECTED);
        moveTo(OrderStatus.REJECTED, reason, now);
        raise(new OrderEvent.Cancelled(id, reason));
    }

    /**
     * A status change asked for through the API: SHIPPED, DELIVERED or CANCELLED, where the state machine allows it.
     * Cancelling records {@code OrderCancelled} as well, so product-service gives back any stock it reserved (for a
     * PENDING order a reservation may be on its way, so that is announced too).
     *
     * @throws StatusNotRequestableException for CONFIRMED, REJECTED or PENDING, whatever the current status
     * @throws IllegalStatusTransitionException when the current status does not lead to {@code to}
     */
    public void request(OrderStatus to, String reason, Instant now) {
        Objects.requireNonNull(to, "to");
        if (!to.isRequestable()) {
            throw new StatusNotRequestableException(to);
        }
        requireAllowed(to);
        moveTo(to, reason, now);
        if (to == OrderStatus.CANCELLED) {
            raise(new OrderEvent.Cancelled(id, reason));
        }
    }

    private void requireAllowed(OrderStatus to) {
        if (!status.canBecome(to)) {
            throw new IllegalStatusTransitionException(id, status, to);
        }
    }

    private void moveTo(OrderStatus to, String reason, Instant now) {
        var from = status;
        var recorded = reason == null || reason.length() <= StatusChange.MAX_REASON
                ? reason
                : reason.substring(0, StatusChange.MAX_REASON - 1) + "\u2026";
        status = to;
        changedAt(now);
        history.add(new StatusChange(now, from, to, recorded));
        raise(new OrderEvent.StatusChanged(id, customerId, from, to, recorded));
    }

    /**
     * The sum of the line totals; null while the order is not priced, and never a sum of two currencies (the
     * reservation refuses such an order; this holds whatever answer came).
     */
    public BigDecimal total() {
        if (lines.stream().anyMatch(l -> l.unitPrice() == null)
                || lines.stream().map(OrderLine::currency).distinct().count() > 1) {
            return null;
        }
        return lines.stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public OrderStatus status() {
        return status;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    /** The status changes so far, oldest first. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A product's catalogue name and price at reservation time. */
    public record PricedProduct(String name, BigDecimal unitPrice, String currency) {}
}
