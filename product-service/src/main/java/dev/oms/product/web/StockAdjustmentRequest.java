package dev.oms.product.web;

import dev.oms.product.command.AdjustStock;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/products/{id}/stock-adjustments}. */
public record StockAdjustmentRequest(
        @Schema(description = "Units to add (restock, > 0) or remove (write-off, < 0); never 0", examples = "-3")
        @NotNull
        @NonZero
        @Min(-1_000_000_000)
        @Max(1_000_000_000)
        Integer delta,

        @Schema(examples = "damaged in storage") @NotBlank @Size(max = 200)
        String reason) {

    AdjustStock toCommand(UUID productId) {
        return new AdjustStock(productId, delta, reason.strip());
    }
}
