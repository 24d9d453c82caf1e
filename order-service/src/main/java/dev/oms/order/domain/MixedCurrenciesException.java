package dev.oms.order.domain;

import java.util.Set;

/** The customer saw the order's prices in more than one currency: an order is paid in one, at no exchange rate. */
public class MixedCurrenciesException extends RuntimeException {

    private final Set<String> currencies;

    public MixedCurrenciesException(Set<String> currencies) {
        super("An order is paid in one currency; its lines' seen prices are in " + String.join(", ", currencies)
                + ". Place one order per currency.");
        this.currencies = Set.copyOf(currencies);
    }

    public Set<String> currencies() {
        return currencies;
    }
}
