package org.monitoringadvisor.cli.interview;

import java.util.concurrent.CompletableFuture;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a prompt is on screen but JLine is still opening the terminal (see {@link TerminalConsole}): noted,
 * so that it means what it means at JLine's own prompts, where the JVM would otherwise stop at once. If JLine puts
 * its own handler in place meanwhile, that one is kept.
 */
final class EarlyInterrupt implements SignalHandler {

    private final CompletableFuture<Void> pressed = new CompletableFuture<>();
    private Signal signal;
    private SignalHandler before;

    private EarlyInterrupt() {
    }

    /** Catches Ctrl-C from now until {@link #release}; where the JVM does not allow that, nothing is caught. */
    static EarlyInterrupt catching() {
        EarlyInterrupt handler = new EarlyInterrupt();
        try {
            handler.signal = new Signal("INT");
            handler.before = Signal.handle(handler.signal, handler);
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            handler.before = null; // no SIGINT here, or the JVM keeps it (-Xrs): Ctrl-C behaves as it always did
        }
        return handler;
    }

    /** Whether Ctrl-C is being caught (false where the JVM does not allow it). */
    boolean catches() {
        return before != null;
    }

    @Override
    public void handle(Signal received) {
        pressed.complete(null);
    }

    /** Completes when Ctrl-C is pressed. */
    CompletableFuture<Void> pressed() {
        return pressed;
    }

    /** Gives Ctrl-C back to the handler before, unless JLine has put its own in place since: that one stays. */
    void release() {
        if (before != null) {
            SignalHandler now = Signal.handle(signal, before);
            if (now != this) {
                Signal.handle(signal, now);
            }
            before = null;
        }
    }
}
