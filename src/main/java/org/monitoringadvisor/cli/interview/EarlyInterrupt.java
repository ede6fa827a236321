package org.monitoringadvisor.cli.interview;

import java.util.concurrent.CompletableFuture;
import org.jline.utils.Signals;

/**
 * Ctrl-C while a prompt is on screen but JLine is still opening the terminal (see {@link TerminalConsole}): noted,
 * so that it means what it means at JLine's own prompts, where the JVM would otherwise stop at once. If JLine puts
 * its own handler in place meanwhile, that one is kept. JLine's {@link Signals} reach the JVM's signal API by
 * reflection, so nothing here names an internal class.
 */
final class EarlyInterrupt {

    private static final String SIGNAL = "INT";

    private final CompletableFuture<Void> pressed = new CompletableFuture<>();
    private final Runnable note = () -> pressed.complete(null);
    /** The handler before this one, and this one as the JVM holds it (JLine wraps each in an object of its own). */
    private Object before;
    private Object ours;

    private EarlyInterrupt() {
    }

    /** Catches Ctrl-C from now until {@link #release}; where the JVM does not allow that, nothing is caught. */
    static EarlyInterrupt catching() {
        EarlyInterrupt handler = new EarlyInterrupt();
        handler.before = Signals.register(SIGNAL, handler.note); // null where the JVM keeps SIGINT (-Xrs)
        if (handler.before != null) {
            // Registering again hands back the object the JVM holds for the first; put that one back in place.
            handler.ours = Signals.register(SIGNAL, handler.note);
            Signals.unregister(SIGNAL, handler.ours);
        }
        return handler;
    }

    /** Completes when Ctrl-C is pressed. */
    CompletableFuture<Void> pressed() {
        return pressed;
    }

    /** Gives Ctrl-C back to the handler before, unless JLine has put its own in place since: that one stays. */
    void release() {
        if (before != null) {
            // For the instant of the swap a Ctrl-C is only noted, as it was while the prompt waited.
            Object now = Signals.register(SIGNAL, note);
            Signals.unregister(SIGNAL, now == ours ? before : now);
            before = null;
        }
    }
}
