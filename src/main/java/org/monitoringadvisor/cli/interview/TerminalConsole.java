package org.monitoringadvisor.cli.interview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * A console on a real terminal, through JLine: line editing, Tab completion of options and commands, Ctrl-C and
 * Ctrl-D, and colour unless {@code NO_COLOR} is set. Nothing typed is kept in a history file.
 */
final class TerminalConsole implements Console {

    private static final int MAX_WIDTH = 80;

    private final Terminal terminal;
    private final LineReader reader;
    private final boolean colour;
    private volatile List<Completion> completions = List.of();

    private TerminalConsole(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.colour = colour;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("monitoring-advisor")
                .completer((lineReader, line, candidates) -> completions.forEach(c -> candidates.add(
                        new Candidate(c.word(), c.word(), null, c.description(), null, null, true))))
                // An employer called "Marks & Spencer!" must not trigger shell-style history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
    }

    /** Opens the process's terminal. */
    static TerminalConsole open(boolean colour) {
        try {
            return new TerminalConsole(TerminalBuilder.builder().system(true).build(), colour);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    @Override
    public String readLine(String prompt, List<Completion> completions) {
        this.completions = List.copyOf(completions);
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new InputEndedException(true);
        } catch (EndOfFileException e) {
            throw new InputEndedException(false);
        }
    }

    @Override
    public void println(String text) {
        terminal.writer().println(text);
        terminal.flush();
    }

    @Override
    public String styled(Emphasis emphasis, String text) {
        if (!colour || text.isEmpty()) {
            return text;
        }
        AttributedStyle style = switch (emphasis) {
            case HEADING -> AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
            case QUESTION -> AttributedStyle.BOLD;
            case QUIET -> AttributedStyle.DEFAULT.faint();
            case ALERT -> AttributedStyle.BOLD.foreground(AttributedStyle.RED);
            case GOOD -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
        };
        return new AttributedString(text, style).toAnsi(terminal);
    }

    @Override
    public int width() {
        int columns = terminal.getWidth();
        return columns <= 20 ? MAX_WIDTH : Math.min(columns - 1, MAX_WIDTH);
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // The terminal is being given back at exit; there is nothing useful to do about a failure here.
        }
    }
}
