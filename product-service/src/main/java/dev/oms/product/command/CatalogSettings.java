package dev.oms.product.command;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

/** The catalogue's settings ({@code oms.catalog.*}). */
@ConfigMapping(prefix = "oms.catalog")
public interface CatalogSettings {

    /** The currency of a product added without one: an ISO 4217 code. */
    @WithDefault("EUR")
    @Pattern(regexp = "[A-Z]{3}")
    String defaultCurrency();
}
