package dev.oms.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Watches the stepped load while it runs: once a level is over (and its slowest requests had a moment to finish), it
 * checks that level against the goal, and says the search is over when one broke it, so that the load generator
 * stops instead of pushing the system further past its limit. After the run, it cuts all samples into levels.
 */
final class CapacityMonitor {

    private static final long GRACE_MILLIS = 2000;

    private final RateSteps steps;
    private final LatencyGoal goal;
    private final Supplier<List<Sample>> samples;
    private final AtomicLong start = new AtomicLong();
    private int checkedLevels;
    private volatile boolean broken;

    CapacityMonitor(RateSteps steps, LatencyGoal goal, Supplier<List<Sample>> samples) {
        this.steps = steps;
        this.goal = goal;
        this.samples = samples;
    }

    /** Called by every arriving user; the first one starts the clock of the levels. */
    boolean goalBroken() {
        long now = System.currentTimeMillis();
        start.compareAndSet(0, now);
        if (!broken
                && now - start.get()
                        >= (long) (checkedLevels + 1) * steps.levelLength().toMillis() + GRACE_MILLIS) {
            checkFinishedLevels(now);
        }
        return broken;
    }

    private synchronized void checkFinishedLevels(long now) {
        while (!broken
                && checkedLevels < steps.levels()
                && now - start.get()
                        >= (long) (checkedLevels + 1) * steps.levelLength().toMillis() + GRACE_MILLIS) {
            var level = levels().get(checkedLevels);
            checkedLevels++;
            if (!level.met()) {
                broken = true;
                System.out.printf(
                        "[bench] level %d (%.0f/s) broke the goal (%s): p99 %d ms, %.1f%% errors%n",
                        level.index(),
                        level.targetRate(),
                        goal,
                        level.stats().p99(),
                        level.stats().errorPercent());
            }
        }
    }

    /** Every level that received requests, with its figures. */
    List<LatencyGoal.Level> levels() {
        var byLevel = new ArrayList<List<Sample>>();
        for (int i = 0; i < steps.levels(); i++) {
            byLevel.add(new ArrayList<>());
        }
        long origin = start.get();
        for (var sample : samples.get()) {
            byLevel.get(steps.levelAt(sample.startMillis() - origin)).add(sample);
        }
        var levels = new ArrayList<LatencyGoal.Level>();
        double seconds = steps.levelLength().toMillis() / 1000.0;
        for (int i = 0; i < steps.levels() && !byLevel.get(i).isEmpty(); i++) {
            var stats = LatencyStats.of(byLevel.get(i), seconds);
            levels.add(new LatencyGoal.Level(i, steps.rate(i), stats, goal.metBy(stats)));
        }
        return levels;
    }
}
