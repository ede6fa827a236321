package org.monitoringadvisor.cli.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A console on plain streams: one answer or command a line, no colour and no cursor codes. Used when standard
 * input or output is not a terminal, and by tests. Each line read from a pipe is echoed after its prompt so that a
 * transcript reads like the conversation it was; a line typed at a terminal (with {@code TERM=dumb}, or with the
 * output going through {@code tee}) is not, since the terminal has already shown it.
 */
final class PlainConsole implements Console {

    static final int WIDTH = 80;

    private final BufferedReader in;
    private final PrintWriter out;

    private final boolean echo;

    PlainConsole(InputStream in, PrintWriter out) {
        this(in, out, true);
    }

    /** @param echo whether to write each line read after its prompt (not when a terminal has shown it already) */
    PlainConsole(InputStream in, PrintWriter out, boolean echo) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.echo = echo;
    }

    @Override
    public String readLine(String prompt, List<Completion> completions) {
        out.print(prompt);
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            out.println();
            out.flush();
            throw new InputEndedException(false);
        }
        if (echo) {
            out.println(line);
        } else {
            out.flush();
        }
        return line;
    }

    @Override
    public void println(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public String styled(Emphasis emphasis, String text) {
        return text;
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public void close() {
        out.flush();
    }
}
