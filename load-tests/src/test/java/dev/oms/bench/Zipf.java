package dev.oms.bench;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^s: a few keys take most of the reads, as in a
 * catalogue where some products are popular. With n = 10,000 and s = 1 the top 1% of keys get about half the draws.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
    }

    int next(RandomGenerator random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int rank = found >= 0 ? found : -found - 1;
        return Math.min(rank, cumulative.length - 1);
    }

    /** The share of all draws that falls on the first {@code ranks} ranks. */
    double share(int ranks) {
        return cumulative[Math.min(ranks, cumulative.length) - 1] / cumulative[cumulative.length - 1];
    }
}
