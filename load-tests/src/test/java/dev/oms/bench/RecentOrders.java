package dev.oms.bench;

import java.util.concurrent.ThreadLocalRandom;

/** The ids of the last orders placed in a run (a ring of fixed size), for the order reads of the daily mix. */
final class RecentOrders {

    private final String[] ids;
    private int next;
    private int size;

    RecentOrders(int capacity) {
        ids = new String[capacity];
    }

    synchronized void add(String id) {
        ids[next] = id;
        next = (next + 1) % ids.length;
        size = Math.min(size + 1, ids.length);
    }

    synchronized String any() {
        if (size == 0) {
            throw new IllegalStateException("No order placed yet");
        }
        return ids[ThreadLocalRandom.current().nextInt(size)];
    }
}
