package dev.oms.bench;

import java.util.List;
import java.util.Optional;

/**
 * What "still serving well" means for the capacity search: p99 under a bound and errors under a share. The capacity
 * is the last level of an unbroken run of met levels from the first: a level met after a broken one does not count,
 * as the system was already past its limit.
 */
record LatencyGoal(int p99Millis, double maxErrorPercent) {

    boolean metBy(LatencyStats stats) {
        return stats.count() > 0 && stats.p99() < p99Millis && stats.errorPercent() < maxErrorPercent;
    }

    record Level(int index, double targetRate, LatencyStats stats, boolean met) {}

    static Optional<Level> capacity(List<Level> levels) {
        Level reached = null;
        for (var level : levels) {
            if (!level.met()) {
                break;
            }
            reached = level;
        }
        return Optional.ofNullable(reached);
    }

    @Override
    public String toString() {
        return "p99 < " + p99Millis + " ms and errors < " + Results.number(maxErrorPercent) + "%";
    }
}
