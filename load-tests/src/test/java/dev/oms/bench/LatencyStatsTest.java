package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentilesAreNearestRankOverTheSuccessfulRequests() {
        var samples = new ArrayList<Sample>();
        for (int latency = 100; latency >= 1; latency--) {
            samples.add(new Sample(0, latency, true));
        }
        samples.add(new Sample(0, 5000, false));

        var stats = LatencyStats.of(samples, 10);

        assertThat(stats.count()).isEqualTo(101);
        assertThat(stats.errors()).isEqualTo(1);
        assertThat(stats.p50()).isEqualTo(50);
        assertThat(stats.p95()).isEqualTo(95);
        assertThat(stats.p99()).isEqualTo(99);
        assertThat(stats.max())
                .as("a failed request's time is not a serving time")
                .isEqualTo(100);
        assertThat(stats.throughput()).isEqualTo(10.1);
        assertThat(stats.errorPercent()).isCloseTo(0.99, offset(0.01));
    }

    @Test
    void aSingleValueIsEveryPercentileAndNoValuesGiveZeros() {
        assertThat(LatencyStats.percentile(new int[] {7}, 1)).isEqualTo(7);
        assertThat(LatencyStats.percentile(new int[] {7}, 99)).isEqualTo(7);
        var none = LatencyStats.of(List.of(), 5);
        assertThat(none.p99()).isZero();
        assertThat(none.errorPercent()).isZero();
        assertThat(none.throughput()).isZero();
    }

    @Test
    void entriesNameEveryFigureUnderThePrefix() {
        var entries = LatencyStats.of(List.of(new Sample(0, 3, true), new Sample(0, 4, false)), 2)
                .entries("zipf");
        assertThat(entries)
                .containsEntry("zipf.count", "2")
                .containsEntry("zipf.errors", "1")
                .containsEntry("zipf.error-percent", "50.0")
                .containsEntry("zipf.throughput", "1.0")
                .containsEntry("zipf.p99", "3");
    }
}
