package org.monitoringadvisor.cli.interview;

import java.io.InputStream;
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
            return TerminalConsole.open(colourWanted(environment));
        }
        return new PlainConsole(in, out);
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
