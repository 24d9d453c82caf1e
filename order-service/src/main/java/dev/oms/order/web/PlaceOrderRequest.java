package dev.oms.order.web;

import dev.oms.order.command.PlaceOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/orders}. Prices come from the catalogue; a line may say which unit price the customer
 * saw ({@code seenPrice}), and the order is then never charged more, nor in another currency. Nor is the customer:
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
            Integer quantity,

            @Schema(
                    description = "Optional: the unit price the customer saw. If the catalogue's price is higher when "
                            + "the stock is reserved, or in another currency, the order is REJECTED (reason "
                            + "PRICE_CHANGED) instead of charged more; a lower price is charged as it is. All lines' "
                            + "seen prices must be in one currency (422 mixed-currencies otherwise).")
            @Valid
            SeenPrice seenPrice) {}

    @Schema(name = "SeenPrice")
    public record SeenPrice(
            @Schema(examples = "7.25") @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 4)
            BigDecimal amount,

            @Schema(description = "ISO 4217 code", examples = "EUR")
            @NotNull
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code")
            String currency) {}

    PlaceOrder toCommand(String callerId, String idempotencyKey) {
        return new PlaceOrder(
                callerId,
                lines.stream()
                        .map(l -> l.seenPrice() == null
                                ? new PlaceOrder.Line(l.productId(), l.quantity())
                                : new PlaceOrder.Line(
                                        l.productId(),
                                        l.quantity(),
                                        l.seenPrice().amount(),
                                        l.seenPrice().currency()))
                        .toList(),
                idempotencyKey);
    }
}
