package dev.oms.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of a run, as system properties of the Gatling JVM: where the system is, and the shape of each
 * simulation's load. Every default is the full benchmark's; the smoke passes small values.
 */
final class Bench {

    private Bench() {}

    static String productUrl() {
        return required("bench.product-url");
    }

    static String orderUrl() {
        return required("bench.order-url");
    }

    static String ceilingUrl() {
        return required("bench.ceiling-url");
    }

    /** The customer whose orders the simulations place: the subject of the customer token. */
    static String customerId() {
        return System.getProperty("bench.customer-id", "bench-customer");
    }

    static Path resultsDir() {
        return Path.of(System.getProperty("bench.results-dir", "target/bench-results"));
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("bench.repository-root", ".."));
    }

    /** Gatling fails the run (exit code 2) when more than this share of the requests failed. */
    static double maxErrorPercent() {
        return decimal("bench.max-error-percent", 1.0);
    }

    static int integer(String name, int defaultValue) {
        var value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.strip());
    }

    static double decimal(String name, double defaultValue) {
        var value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Double.parseDouble(value.strip());
    }

    static Duration seconds(String name, int defaultSeconds) {
        return Duration.ofSeconds(integer(name, defaultSeconds));
    }

    private static String required(String name) {
        var value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set -D" + name + " (scripts/benchmark.sh and the smoke do)");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
