package dev.oms.bench;

/** One request as the harness saw it: when it started (epoch ms), how long it took, whether it succeeded. */
record Sample(long startMillis, int latencyMillis, boolean ok) {}
