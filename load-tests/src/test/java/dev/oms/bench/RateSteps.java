package dev.oms.bench;

import java.time.Duration;

/**
 * The stepped load of the capacity search: {@code levels} levels of constant arrival rate, the first at
 * {@code startRate} requests/s, each {@code increment} above the last, each lasting {@code levelLength}, back to back.
 */
record RateSteps(double startRate, double increment, int levels, Duration levelLength) {

    double rate(int level) {
        return startRate + increment * level;
    }

    /** The level a request started at {@code millisSinceStart} belongs to (clamped to the schedule). */
    int levelAt(long millisSinceStart) {
        long level = Math.max(0, millisSinceStart) / levelLength.toMillis();
        return (int) Math.min(level, levels - 1);
    }

    Duration total() {
        return levelLength.multipliedBy(levels);
    }
}
