package org.monitoringadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar, redrawn in place with a carriage return, for long runs at a terminal. It is drawn only
 * when standard error is a terminal: in a pipe, a log file or a test it would only be noise.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final String unit;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter out, String unit) {
        this.out = out;
        this.unit = unit;
    }

    /** A bar on {@code err} if the process's standard error is a terminal, otherwise null. */
    static ProgressBar onTerminal(PrintWriter err, String unit) {
        return stderrIsTerminal() ? new ProgressBar(err, unit) : null;
    }

    /** Whether standard error goes to a terminal (Linux: a tty device; elsewhere: the JVM has a console). */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // Not Linux, or /proc is hidden: fall back to the JVM's view.
        }
        return System.console() != null;
    }

    /** Redraws the bar, at most ten times a second; {@code fraction} is -1 when the total is unknown. */
    void update(long done, double fraction) {
        long now = System.nanoTime();
        if (drawn && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        out.print("\r" + line(done, fraction));
        out.flush();
    }

    /** The text of the bar, for example {@code [#########.....................]  30%  3,000 workplaces}. */
    String line(long done, double fraction) {
        String count = String.format(Locale.ROOT, "%,d %s", done, unit);
        if (fraction < 0) {
            return count;
        }
        int filled = (int) Math.round(Math.min(1, fraction) * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", Math.round(Math.min(1, fraction) * 100)) + "  " + count;
    }

    /** Rubs the bar out, so that a message or the next prompt starts on a clean line. */
    void clear() {
        if (drawn) {
            out.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            out.flush();
            drawn = false;
        }
    }
}
