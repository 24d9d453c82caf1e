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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/orders}. Prices are not asked for: they come from the catalogue. */
@Schema(name = "PlaceOrderRequest")
public record PlaceOrderRequest(
        @Schema(description = "The customer's id as the identity provider gives it (opaque)", maxLength = 64,
                examples = "auth0|6543210fedcba")
        @NotBlank @Size(max = 64) String customerId,
        @Schema(description = "1 to 50 lines, each product at most once", minItems = 1, maxItems = 50)
        @NotEmpty @Size(max = 50) @DistinctProducts List<@Valid @NotNull Line> lines) {

    public record Line(@NotNull UUID productId,
            @Schema(minimum = "1", maximum = "10000") @NotNull @Min(1) @Max(10_000) Integer quantity) {
    }

    PlaceOrder toCommand(String idempotencyKey) {
        return new PlaceOrder(customerId, lines.stream()
                .map(l -> new PlaceOrder.Line(l.productId(), l.quantity()))
                .toList(), idempotencyKey);
    }
}
