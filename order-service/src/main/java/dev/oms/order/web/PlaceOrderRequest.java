package dev.oms.order.web;

import dev.oms.order.command.PlaceOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/orders}. */
public record PlaceOrderRequest(
        @NotBlank @Size(max = 64) String customerId,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines) {

    public record Line(@NotNull UUID productId, @NotNull @Min(1) @Max(10_000) Integer quantity) {
    }

    PlaceOrder toCommand() {
        return new PlaceOrder(customerId, lines.stream()
                .map(l -> new PlaceOrder.Line(l.productId(), l.quantity()))
                .toList());
    }
}
