package dev.oms.product.web;

import dev.oms.product.command.UpdateProductDetails;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/products/{id}}: the product's new details and price (stock is changed through stock
 * adjustments). {@code version} is the details version the client read; it may be sent as {@code If-Match} instead.
 */
public record UpdateProductRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
        String sku,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotBlank @Size(max = 100) String category,

        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 4)
        BigDecimal price,

        @Schema(description = "ISO 4217 code; absent keeps the product's currency")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code")
        String currency,

        @Schema(description = "The details version the client read, as GET shows it (absent when If-Match carries it)")
        @PositiveOrZero
        Long version) {

    UpdateProductDetails toCommand(UUID productId, long expectedVersion) {
        return new UpdateProductDetails(productId, expectedVersion, sku, name, description, category, price, currency);
    }
}
