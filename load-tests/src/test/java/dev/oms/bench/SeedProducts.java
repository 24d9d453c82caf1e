package dev.oms.bench;

import java.math.BigDecimal;
import java.util.List;

/**
 * The benchmark's catalogue, the same on every run: product {@code i} of {@code n}. Ten categories of equal size,
 * names that start with one of twelve words (so a two- or three-letter {@code q} prefix selects about a twelfth),
 * prices spread evenly over 1.00 to 500.99, and one product in ten out of stock (so {@code inStock} filters);
 * the others hold a million units, so that no order of the benchmark is rejected for want of stock.
 */
final class SeedProducts {

    static final List<String> CATEGORIES = List.of(
            "books", "garden", "kitchen", "music", "office", "outdoor", "peripherals", "sports", "tools", "toys");
    static final List<String> FIRST_WORDS = List.of(
            "Amber",
            "Bold",
            "Classic",
            "Deluxe",
            "Electric",
            "Fine",
            "Golden",
            "Handy",
            "Iron",
            "Jolly",
            "Keen",
            "Lucky");
    static final List<String> NOUNS =
            List.of("lamp", "mug", "chair", "pen", "kettle", "cable", "ball", "drill", "puzzle", "record");
    static final int IN_STOCK = 1_000_000;

    private SeedProducts() {}

    static String sku(int i) {
        return "BENCH-%05d".formatted(i);
    }

    static String name(int i) {
        return FIRST_WORDS.get(i % FIRST_WORDS.size()) + " " + NOUNS.get(i / FIRST_WORDS.size() % NOUNS.size()) + " "
                + i;
    }

    static String category(int i) {
        return CATEGORIES.get(i % CATEGORIES.size());
    }

    static BigDecimal price(int i) {
        return BigDecimal.valueOf(100 + (i * 7919L) % 50_000, 2);
    }

    static int stock(int i) {
        return i / 10 % 10 == 9 ? 0 : IN_STOCK;
    }

    static String json(int i) {
        return "{\"sku\":\"" + sku(i) + "\",\"name\":\"" + name(i) + "\",\"description\":\"Benchmark product " + i
                + "\",\"category\":\"" + category(i) + "\",\"price\":" + price(i).toPlainString() + ",\"stock\":"
                + stock(i) + "}";
    }
}
