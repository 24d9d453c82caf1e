package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareSummaryTest {

    @Test
    void eachFigureIsGivenForBothSidesWithNewOverBase() {
        var base = new CompareSummary.Side(
                Map.of(
                        "throughput-many",
                        Map.of(
                                "clients",
                                "32",
                                "confirmed-per-second",
                                "50.0",
                                "confirmed",
                                "1000",
                                "invariant.final",
                                "held",
                                "invariant.stock",
                                "held")),
                Map.of("commit", "aaa", "cpu-ms.OrderThroughputSimulation.throughput-many.order-service", "20000"));
        var now = new CompareSummary.Side(
                Map.of(
                        "throughput-many",
                        Map.of(
                                "clients",
                                "32",
                                "confirmed-per-second",
                                "200.0",
                                "confirmed",
                                "4000",
                                "invariant.final",
                                "held",
                                "invariant.stock",
                                "broken")),
                Map.of(
                        "commit",
                        "bbb",
                        "cpu-ms.OrderThroughputSimulation.throughput-many.order-service",
                        "20000",
                        "cpu-ms.OrderThroughputSimulation.throughput-many.machine",
                        "36000"));

        var summary = new CompareSummary(base, now);
        var page = summary.markdown();

        assertThat(summary.rows())
                .contains(new CompareSummary.Row(
                        "orders reaching CONFIRMED, orders/s (many products, 32 clients)", "50.0", "200.0", "4.00"))
                .contains(new CompareSummary.Row(
                        "CPU per confirmed order, order-service, ms (many products, 32 clients)",
                        "20.0",
                        "5.0",
                        "0.25"))
                .contains(new CompareSummary.Row(
                        "CPU per confirmed order, the whole machine (load generator included), ms (many products, 32"
                                + " clients)",
                        "-",
                        "9.0",
                        ""))
                .contains(new CompareSummary.Row(
                        "invariants: every order final / stock = initial - confirmed (many products, 32 clients)",
                        "held / held",
                        "held / broken",
                        ""));
        assertThat(page).contains("| commit | aaa | bbb |");
        assertThat(CompareSummary.ratioOf(null, "3")).isEmpty();
        assertThat(CompareSummary.ratioOf("0", "3")).isEmpty();
    }
}
