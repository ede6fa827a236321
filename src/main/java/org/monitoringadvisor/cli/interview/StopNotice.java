package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;

/**
 * Ctrl-C outside a prompt (while the rules compile, say) stops the JVM at once; the answers are already saved, so a
 * shutdown hook says where and how to carry on. It reads only what the last save recorded, and says nothing once
 * the interview has ended by itself or before the first answer is saved.
 */
final class StopNotice {

    private final Screen screen;
    private final Path rulesFolder;
    private final Thread hook = new Thread(this::stopped, "interview-stopped");
    /** Where the answers are kept; null until the file is chosen. */
    private volatile AnswersKeeper keeper;
    private volatile boolean ended;

    private StopNotice(Screen screen, Path rulesFolder) {
        this.screen = screen;
        this.rulesFolder = rulesFolder;
    }

    /** Starts listening for the JVM stopping; {@link #end()} stops listening. */
    static StopNotice install(Screen screen, Path rulesFolder) {
        StopNotice notice = new StopNotice(screen, rulesFolder);
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /** The answers file is chosen: from now on a stop names it. */
    void watch(AnswersKeeper keeper) {
        this.keeper = keeper;
    }

    /** The interview is over: nothing to say if the JVM stops now. */
    void end() {
        ended = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs, and sees that the interview ended.
        }
    }

    private void stopped() {
        AnswersKeeper kept = keeper;
        if (ended || kept == null || kept.savedAnswers() == 0) {
            return;
        }
        screen.blank();
        screen.text("Stopped. " + Words.count(kept.savedAnswers(), "answer is", "answers are") + " saved in:");
        screen.console().println("  " + kept.file());
        screen.text("To carry on where you left off:");
        screen.console().println("  " + ResumeCommand.of(kept.file(), rulesFolder));
    }
}
