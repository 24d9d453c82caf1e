package dev.oms.order.command;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an order may wait for its stock answer ({@code oms.orders.*}). */
@ConfigMapping(prefix = "oms.orders")
public interface PendingOrders {

    /** A PENDING order with no stock answer after this long is rejected. */
    @WithDefault("PT15M")
    Duration pendingTimeout();

    /** How often overdue orders are looked for; {@code @Scheduled} reads it by name (default in application.properties). */
    Duration pendingCheckInterval();
}
