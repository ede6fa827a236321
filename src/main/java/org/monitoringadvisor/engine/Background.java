package org.monitoringadvisor.engine;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work started on a daemon thread of its own (rule bases read or compiled while something else goes on), its result
 * or what it threw in a future; a daemon, so that work no one waits for any more never keeps the program running.
 */
public final class Background {

    private Background() {
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
