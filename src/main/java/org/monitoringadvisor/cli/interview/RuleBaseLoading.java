package org.monitoringadvisor.cli.interview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.monitoringadvisor.engine.Advisor;

/**
 * Compiles the rule base on a background thread, so that the welcome and the first prompt are on screen at once
 * while the rules (a second or more of compiling) get ready behind them. The building can wait until the first
 * prompt is about to show ({@link #deferred}), so that it does not compete with drawing it for the processor.
 */
final class RuleBaseLoading {

    private final Supplier<Advisor> build;
    private final CompletableFuture<Advisor> advisor = new CompletableFuture<>();
    private final AtomicBoolean begun = new AtomicBoolean();

    private RuleBaseLoading(Supplier<Advisor> build) {
        this.build = build;
    }

    /** Starts building the advisor now, on a daemon thread that never keeps the program alive. */
    static RuleBaseLoading start(Supplier<Advisor> build) {
        RuleBaseLoading loading = deferred(build);
        loading.begin();
        return loading;
    }

    /** A loading that starts at {@link #begin}, or when the advisor is first wanted. */
    static RuleBaseLoading deferred(Supplier<Advisor> build) {
        return new RuleBaseLoading(build);
    }

    /** An advisor that is already built. */
    static RuleBaseLoading ready(Advisor advisor) {
        RuleBaseLoading loading = new RuleBaseLoading(() -> advisor);
        loading.begun.set(true);
        loading.advisor.complete(advisor);
        return loading;
    }

    /** Starts building the advisor on a daemon thread, unless that has begun already. */
    void begin() {
        if (begun.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    advisor.complete(build.get());
                } catch (RuntimeException | Error e) {
                    advisor.completeExceptionally(e);
                }
            }, "rule-base-loading");
            thread.setDaemon(true);
            thread.start();
        }
    }

    boolean isReady() {
        begin();
        return advisor.isDone();
    }

    /**
     * The advisor, waiting for it if need be.
     *
     * @throws RuntimeException whatever building it threw (a broken rule base reports its file and line)
     */
    Advisor get() {
        begin();
        try {
            return advisor.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
