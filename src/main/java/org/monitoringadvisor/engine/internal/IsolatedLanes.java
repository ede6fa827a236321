package org.monitoringadvisor.engine.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.model.Assessment;

/**
 * The built-in advisor once more for each further thread that assesses, in a {@link LaneClassLoader} of its own:
 * the engine, Drools and the rules loaded again, so that two assessing threads share none of their classes. A thread
 * is given a lane the first time it assesses, as {@link SessionPool} gives its lanes, and keeps to it; the first
 * lane is the caller's own advisor, so a program on one thread never opens another. A lane is built on a thread of
 * its own the first time a thread of it needs one (about a second of loading), and until it is ready, or if it
 * cannot be built, its threads assess on the caller's advisor as before: only the speed differs, not the result.
 */
public final class IsolatedLanes {

    /** Lanes at most: each holds the engine's classes and the rules again, about 25 MB. */
    private static final int MAX_LANES = 8;

    private static final String ADVISOR = "org.monitoringadvisor.engine.Advisor";

    private final ClassLoader parent;
    private final AtomicReferenceArray<CompletableFuture<Lane>> lanes;
    private final LaneNumbers laneOfThread;

    /** Lanes whose loaders read the engine's class files from {@code parent}: for tests, which choose it. */
    IsolatedLanes(ClassLoader parent, int laneCount) {
        this.parent = parent;
        this.lanes = new AtomicReferenceArray<>(laneCount);
        this.laneOfThread = new LaneNumbers(laneCount);
    }

    /**
     * Lanes for the built-in advisor, one per processor up to {@value #MAX_LANES}; null on one processor, or for code
     * that already runs inside a lane.
     */
    public static IsolatedLanes forBuiltIn() {
        return forBuiltIn(Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #forBuiltIn()}, with {@code processors} lanes at most: for tests, which choose the lanes. */
    public static IsolatedLanes forBuiltIn(int processors) {
        int laneCount = Math.min(processors, MAX_LANES);
        if (laneCount < 2 || LaneClassLoader.insideLane(IsolatedLanes.class)) {
            return null;
        }
        return new IsolatedLanes(IsolatedLanes.class.getClassLoader(), laneCount);
    }

    /**
     * Assesses answers already checked, on this thread's lane, with the rules given {@code budget}; null if this
     * thread's lane is the caller's own, or is not ready: then the caller assesses them itself.
     */
    public Assessment assess(Map<String, String> checked, Consumer<RuleFiring> firings, Duration budget) {
        int number = laneOfThread.ofThisThread();
        if (number == 0) {
            return null;
        }
        Lane ready = ready(number);
        return ready == null ? null : ready.assess(checked, firings, budget);
    }

    /** The lane numbered {@code number} if it is built; else null, and its building begun if it had not been. */
    private Lane ready(int number) {
        CompletableFuture<Lane> lane = lanes.get(number);
        if (lane == null) {
            CompletableFuture<Lane> building = new CompletableFuture<>();
            if (lanes.compareAndSet(number, null, building)) {
                onOwnThread(() -> {
                    try {
                        building.complete(newLane());
                    } catch (Throwable e) {
                        building.completeExceptionally(e);
                    }
                });
            }
            return null;
        }
        return lane.isDone() && !lane.isCompletedExceptionally() ? lane.join() : null;
    }

    /** Whether the lane numbered {@code number} has been built. */
    boolean isReady(int number) {
        CompletableFuture<Lane> lane = lanes.get(number);
        return lane != null && lane.isDone() && !lane.isCompletedExceptionally();
    }

    /** Waits until every lane asked for so far is built or has failed: for tests. */
    void awaitLanes() {
        for (int i = 0; i < lanes.length(); i++) {
            CompletableFuture<Lane> lane = lanes.get(i);
            if (lane != null) {
                lane.exceptionally(failed -> null).join();
            }
        }
    }

    private static void onOwnThread(Runnable building) {
        Thread thread = new Thread(building, "monitoring-advisor-lane");
        thread.setDaemon(true);
        thread.start();
    }

    /** The built-in advisor in a loader of its own; a lane that cannot be built stays unused (the future fails). */
    private Lane newLane() {
        Thread thread = Thread.currentThread();
        ClassLoader loader = new LaneClassLoader(parent);
        thread.setContextClassLoader(loader);
        try {
            Class<?> advisorType = Class.forName(ADVISOR, true, loader);
            if (advisorType.getClassLoader() != loader) { // the caller's own advisor: it would hand back to itself
                throw new IllegalStateException("the engine's class files cannot be read from " + parent);
            }
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Object advisor = lookup.findStatic(advisorType, "builtIn", MethodType.methodType(advisorType)).invoke();
            MethodHandle withBudget = lookup.findVirtual(advisorType, "withTimeBudget",
                    MethodType.methodType(advisorType, Duration.class));
            MethodHandle assess = lookup.findVirtual(advisorType, "assess",
                    MethodType.methodType(Assessment.class, Map.class, Consumer.class));
            Lane lane = new Lane(loader, advisor, withBudget.asType(MethodType.methodType(Object.class, Object.class,
                    Duration.class)), assess.asType(MethodType.methodType(Assessment.class, Object.class, Map.class,
                    Consumer.class)));
            // Classes link as they are first used: one assessment here, so that a class that cannot cross fails the
            // lane now rather than a caller's assessment later.
            lane.assess(Map.of(), firing -> { }, RuleSession.TIME_BUDGET);
            return lane;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the lane's advisor could not be built", e);
        }
    }

    /**
     * One lane's advisor and how to call it: its classes are not ours, so only through method handles. Drools looks
     * its services up in the context class loader as it runs, so the lane's loader is that while the lane assesses.
     */
    private record Lane(ClassLoader loader, Object advisor, MethodHandle withBudget, MethodHandle assess) {

        Assessment assess(Map<String, String> checked, Consumer<RuleFiring> firings, Duration budget) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            // The caller's listener runs with the caller's context class loader, as it would outside a lane.
            Consumer<RuleFiring> told = firings == null ? null : firing -> {
                thread.setContextClassLoader(previous);
                try {
                    firings.accept(firing);
                } finally {
                    thread.setContextClassLoader(loader);
                }
            };
            thread.setContextClassLoader(loader);
            try {
                return (Assessment) assess.invokeExact(withBudget.invokeExact(advisor, budget), checked, told);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}
