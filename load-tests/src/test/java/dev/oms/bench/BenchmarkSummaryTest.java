package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.bench.BenchmarkSummary.Figure;
import dev.oms.bench.BenchmarkSummary.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkSummaryTest {

    private static final Map<String, String> RUN = Map.of(
            "date",
            "2026-11-25T00:00:00Z",
            "commit",
            "abc123",
            "machine.cores",
            "2",
            "machine.cpu",
            "Some CPU, 2 cores",
            "rss.product-service.load-kb",
            "150000",
            "rss.order-service.load-kb",
            "250000",
            "command",
            "scripts/benchmark.sh",
            "exit.ProductReadSimulation",
            "0",
            "exit.OrdersSimulation.orders-target",
            "2",
            "exit.DailyMixSimulation",
            "1");

    private final BenchmarkSummary summary = new BenchmarkSummary(
            Map.of(
                    "throughput-probe",
                            Map.of(
                                    "users",
                                    "64",
                                    "ceiling.throughput",
                                    "20000.0",
                                    "product.throughput",
                                    "11000.0",
                                    "ratio-percent",
                                    "55.0"),
                    "product-read", Map.of("rate", "1000", "zipf.p50", "1", "zipf.p95", "3", "zipf.p99", "7"),
                    "daily-mix",
                            Map.of(
                                    "goal",
                                    "p99 < 50 ms and errors < 1.0%",
                                    "capacity.found",
                                    "true",
                                    "capacity.bounded",
                                    "false",
                                    "capacity.throughput",
                                    "900.0",
                                    "levels",
                                    "0"),
                    "orders-target",
                            Map.of(
                                    "rate",
                                    "1000",
                                    "seconds",
                                    "20",
                                    "confirmed-per-second",
                                    "48.5",
                                    "placed",
                                    "20000",
                                    "confirmed",
                                    "9000",
                                    "pending",
                                    "11000",
                                    "confirm.p50",
                                    "900.0",
                                    "confirm.p95",
                                    "1500.0",
                                    "confirm.p99",
                                    "2000.0")),
            RUN);

    @Test
    void everyTargetIsHeldAgainstItsFigure() {
        var figures = summary.figures();
        assertThat(status(figures, "product read throughput / ceiling")).isEqualTo(Status.MET);
        assertThat(status(figures, "cached GET by id p99")).isEqualTo(Status.MISSED);
        assertThat(status(figures, "list page p99")).as("no list results").isEqualTo(Status.NOT_MEASURED);
        assertThat(status(figures, "orders reaching CONFIRMED")).isEqualTo(Status.MISSED);
        assertThat(status(figures, "placement -> CONFIRMED p99")).isEqualTo(Status.MISSED);
        assertThat(status(figures, "product-service RSS under load")).isEqualTo(Status.MET);
        assertThat(status(figures, "order-service RSS under load")).isEqualTo(Status.MISSED);
        assertThat(figure(figures, "daily-mix capacity").value())
                .as("no level broke the goal")
                .isEqualTo(">= 900.0");
    }

    @Test
    void theMarkdownNamesTheMissedTargetsTheMachineAndTheCommand() {
        var markdown = summary.markdown("");
        assertThat(markdown)
                .contains(
                        "| commit | abc123 |",
                        "Reproduce: `scripts/benchmark.sh`",
                        "- cached GET by id p99 at 1000 req/s: 7 ms (target < 5 ms)",
                        "- order-service RSS under load (peak): 244 MB (target < 200 MB)",
                        BenchmarkSummary.ANALYSIS_START);
    }

    @Test
    void aSimulationWhoseRequestsFailedIsNamed() {
        assertThat(summary.failedSimulations()).containsExactly("OrdersSimulation.orders-target");
        assertThat(summary.markdown("")).contains("their requests fail", "OrdersSimulation.orders-target");
        assertThat(summary.csv()).contains("assertion failed (more than 1% errors),OrdersSimulation.orders-target");
    }

    @Test
    void aSimulationThatDidNotFinishIsNamedApart() {
        assertThat(summary.unfinishedSimulations()).containsExactly("DailyMixSimulation");
        assertThat(summary.markdown("")).contains("did not finish", "DailyMixSimulation");
        assertThat(summary.csv()).contains("did not finish,DailyMixSimulation");
    }

    @Test
    void aWrittenAnalysisIsKeptAcrossRuns() {
        var previous = summary.markdown(BenchmarkSummary.ANALYSIS_START + "\nThe outbox relay polls once a second.\n"
                + BenchmarkSummary.ANALYSIS_END + "\n");
        var kept = BenchmarkSummary.keptAnalysis(previous);
        assertThat(summary.markdown(kept)).contains("The outbox relay polls once a second.");
        assertThat(BenchmarkSummary.keptAnalysis("# no block here")).isEmpty();
    }

    @Test
    void theCsvHasOneRowPerFigureAndQuotesCommas() {
        var csv = summary.csv();
        assertThat(csv).startsWith("figure,value,unit,target,status\n");
        assertThat(csv).contains("machine.cpu,\"Some CPU, 2 cores\",,,\n");
        assertThat(csv).contains("product read throughput / ceiling,55.0,%,>= 50 %,met\n");
    }

    private static Status status(List<Figure> figures, String namePrefix) {
        return figure(figures, namePrefix).status();
    }

    private static Figure figure(List<Figure> figures, String namePrefix) {
        return figures.stream()
                .filter(figure -> figure.name().startsWith(namePrefix))
                .findFirst()
                .orElseThrow();
    }
}
