package dev.oms.order.web;

import dev.oms.order.domain.OrderStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /api/orders/{id}/status}. */
@Schema(name = "ChangeStatusRequest")
public record ChangeStatusRequest(
        @Schema(
                description = "SHIPPED, DELIVERED or CANCELLED; CONFIRMED and REJECTED are set by the stock outcome "
                        + "only (400)",
                enumeration = {"SHIPPED", "DELIVERED", "CANCELLED"})
        @NotNull
        OrderStatus status,

        @Schema(description = "Why; kept in the status history", maxLength = 500) @Size(max = 500)
        String reason) {}
