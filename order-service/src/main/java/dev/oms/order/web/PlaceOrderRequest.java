package dev.oms.order.web;

import dev.oms.order.command.PlaceOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/orders}. Prices are not asked for: they come from the catalogue. Nor is the customer:
 * the order is the caller's (the token's subject); {@code customerId} may be sent for clients written before tokens,
 * and then must name the caller.
 */
@Schema(name = "PlaceOrderRequest")
public record PlaceOrderRequest(
        @Schema(
                description = "Optional and deprecated: the order is always the caller's (the token's subject). If "
                        + "sent, it must be the caller's own id, else 403.",
                maxLength = 64,
                deprecated = true,
                examples = "auth0|6543210fedcba")
        @Size(min = 1, max = 64)
        String customerId,

        @Schema(description = "1 to 50 lines, each product at most once", minItems = 1, maxItems = 50)
        @NotEmpty
        @Size(max = 50)
        @DistinctProducts
        List<@Valid @NotNull Line> lines) {

    public record Line(
            @NotNull UUID productId,

            @Schema(minimum = "1", maximum = "10000") @NotNull @Min(1) @Max(10_000)
            Integer quantity) {}

    PlaceOrder toCommand(String callerId, String idempotencyKey) {
        return new PlaceOrder(
                callerId,
                lines.stream()
                        .map(l -> new PlaceOrder.Line(l.productId(), l.quantity()))
                        .toList(),
                idempotencyKey);
    }
}
