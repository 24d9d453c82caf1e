package dev.oms.product.web;

import dev.oms.product.command.AddProduct;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /api/products}. */
public record AddProductRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
        String sku,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotBlank @Size(max = 100) String category,

        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 4)
        BigDecimal price,

        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code")
        String currency,

        @NotNull @PositiveOrZero @Max(1_000_000_000) Integer stock) {

    AddProduct toCommand() {
        return new AddProduct(sku, name, description, category, price, currency, stock);
    }
}
