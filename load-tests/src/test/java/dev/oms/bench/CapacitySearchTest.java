package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacitySearchTest {

    private final LatencyGoal goal = new LatencyGoal(50, 1.0);

    @Test
    void theGoalNeedsRequestsAP99UnderTheBoundAndFewErrors() {
        assertThat(goal.metBy(stats(49, 0, 100))).isTrue();
        assertThat(goal.metBy(stats(50, 0, 100))).as("the bound is exclusive").isFalse();
        assertThat(goal.metBy(stats(10, 1, 100))).as("1% errors").isFalse();
        assertThat(goal.metBy(LatencyStats.of(List.of(), 1))).as("no requests").isFalse();
    }

    @Test
    void theCapacityIsTheLastLevelMetBeforeTheFirstBreak() {
        var levels = List.of(level(0, 50, true), level(1, 100, true), level(2, 150, false), level(3, 200, true));
        assertThat(LatencyGoal.capacity(levels))
                .get()
                .extracting(LatencyGoal.Level::targetRate)
                .isEqualTo(100.0);
        assertThat(LatencyGoal.capacity(List.of(level(0, 50, false)))).isEmpty();
    }

    @Test
    void levelsFollowEachOtherAtRisingRates() {
        var steps = new RateSteps(50, 25, 4, Duration.ofSeconds(10));
        assertThat(steps.rate(0)).isEqualTo(50);
        assertThat(steps.rate(3)).isEqualTo(125);
        assertThat(steps.levelAt(0)).isZero();
        assertThat(steps.levelAt(9_999)).isZero();
        assertThat(steps.levelAt(10_000)).isEqualTo(1);
        assertThat(steps.levelAt(-5))
                .as("a request timed just before the first arrival")
                .isZero();
        assertThat(steps.levelAt(60_000)).as("stragglers after the last level").isEqualTo(3);
        assertThat(steps.total()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theMixHasTheStatedProportions() {
        var counts = new int[4];
        for (long arrival = 0; arrival < 23 * 100; arrival++) {
            counts[DailyMixSimulation.KINDS.indexOf(DailyMixSimulation.kindOf(arrival))]++;
        }
        assertThat(counts).containsExactly(2000, 100, 100, 100);
    }

    private static LatencyStats stats(int p99, int errors, int count) {
        var samples = new ArrayList<Sample>();
        for (int i = 0; i < count; i++) {
            samples.add(new Sample(0, i < errors ? 0 : p99, i >= errors));
        }
        return LatencyStats.of(samples, 1);
    }

    private LatencyGoal.Level level(int index, double rate, boolean met) {
        return new LatencyGoal.Level(index, rate, stats(met ? 10 : 90, 0, 10), met);
    }
}
