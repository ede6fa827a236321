package org.monitoringadvisor.cli.interview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.monitoringadvisor.engine.Advisor;

/**
 * Compiles the rule base on a background thread, so that the welcome and the first prompt are on screen at once
 * while the rules (a second or more of compiling) get ready behind them.
 */
final class RuleBaseLoading {

    private final CompletableFuture<Advisor> advisor;

    private RuleBaseLoading(CompletableFuture<Advisor> advisor) {
        this.advisor = advisor;
    }

    /** Starts building the advisor now, on a daemon thread that never keeps the program alive. */
    static RuleBaseLoading start(Supplier<Advisor> build) {
        return new RuleBaseLoading(CompletableFuture.supplyAsync(build, task -> {
            Thread thread = new Thread(task, "rule-base-loading");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** An advisor that is already built. */
    static RuleBaseLoading ready(Advisor advisor) {
        return new RuleBaseLoading(CompletableFuture.completedFuture(advisor));
    }

    boolean isReady() {
        return advisor.isDone();
    }

    /**
     * The advisor, waiting for it if need be.
     *
     * @throws RuntimeException whatever building it threw (a broken rule base reports its file and line)
     */
    Advisor get() {
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
