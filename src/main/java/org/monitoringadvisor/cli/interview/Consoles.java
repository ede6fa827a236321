package org.monitoringadvisor.cli.interview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.Map;

/** Chooses the console: the terminal when the interview really runs on one, plain streams otherwise. */
final class Consoles {

    private Consoles() {
    }

    /**
     * The console for these streams.
     *
     * @param in          the input the command was given
     * @param out         the output the command was given
     * @param environment the process environment (for {@code NO_COLOR} and {@code TERM})
     */
    static Console open(InputStream in, PrintWriter out, Map<String, String> environment) {
        if (onTerminal(in, environment)) {
            return TerminalConsole.open(colourWanted(environment), environment);
        }
        return new PlainConsole(in, out, !typedAtTerminal(in));
    }

    /** Whether the input is the keyboard of a terminal, which shows what is typed itself. */
    static boolean typedAtTerminal(InputStream in) {
        if (in != System.in) {
            return false;
        }
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** True only when the command reads the process's own standard input and both ends are a capable terminal. */
    static boolean onTerminal(InputStream in, Map<String, String> environment) {
        return in == System.in && System.console() != null && !"dumb".equals(environment.get("TERM"));
    }

    /** Colour unless {@code NO_COLOR} is set to anything but the empty string (see no-color.org). */
    static boolean colourWanted(Map<String, String> environment) {
        String noColour = environment.get("NO_COLOR");
        return noColour == null || noColour.isEmpty();
    }
}
