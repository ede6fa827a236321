package org.monitoringadvisor.engine.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which lane each thread keeps to: lanes are given in turn, the first time a thread asks, and wrap round after the
 * last. A number rather than the lane itself, so that a thread keeps nothing alive after the lanes are gone.
 */
final class LaneNumbers {

    private final int count;
    private final AtomicInteger given = new AtomicInteger();
    private final ThreadLocal<Integer> ofThread;

    LaneNumbers(int count) {
        this.count = count;
        this.ofThread = ThreadLocal.withInitial(() -> Math.floorMod(given.getAndIncrement(), this.count));
    }

    /** This thread's lane, from 0 (the first thread's) to the count less one. */
    int ofThisThread() {
        return ofThread.get();
    }
}
