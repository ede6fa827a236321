package org.monitoringadvisor.cli.interview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * A console on a real terminal, through JLine: line editing, Tab completion of options and commands, Ctrl-C and
 * Ctrl-D, and colour unless {@code NO_COLOR} is set. Nothing typed is kept in a history file.
 *
 * <p>Opening a JLine terminal takes a few hundred milliseconds (more on a busy machine), so it is opened on a
 * background thread: text written before it is ready goes straight to standard output, and the first prompt waits
 * for it. The welcome is on screen at once.
 */
final class TerminalConsole implements Console {

    private static final int MAX_WIDTH = 80;

    private final CompletableFuture<LineReader> reader;
    private final PrintStream early;
    private final boolean colour;
    private volatile List<Completion> completions = List.of();

    private TerminalConsole(boolean colour, PrintStream early) {
        this.colour = colour;
        this.early = early;
        this.reader = CompletableFuture.supplyAsync(this::openReader, task -> {
            Thread thread = new Thread(task, "terminal-opening");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts opening the process's terminal and returns at once. */
    static TerminalConsole open(boolean colour) {
        return new TerminalConsole(colour, System.out);
    }

    private LineReader openReader() {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
        return LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("monitoring-advisor")
                .completer((lineReader, line, candidates) -> {
                    List<Completion> offered = completions;
                    for (int i = 0; i < offered.size(); i++) {
                        Completion c = offered.get(i);
                        // The sort key keeps the options in the order the question lists them.
                        candidates.add(new Candidate(c.word(), c.word(), c.group(), c.description(), null, null,
                                true, i));
                    }
                })
                .option(LineReader.Option.GROUP, true)
                // An employer called "Marks & Spencer!" must not trigger shell-style history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
    }

    private LineReader reader() {
        try {
            return reader.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public String readLine(String prompt, List<Completion> completions) {
        this.completions = List.copyOf(completions);
        try {
            return reader().readLine(prompt);
        } catch (UserInterruptException e) {
            throw new InputEndedException(true);
        } catch (EndOfFileException e) {
            throw new InputEndedException(false);
        }
    }

    @Override
    public void println(String text) {
        if (reader.isDone()) {
            Terminal terminal = reader().getTerminal();
            terminal.writer().println(text);
            terminal.flush();
        } else {
            early.println(text);
            early.flush();
        }
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
        // Plain 8-colour codes, which every terminal JLine opens understands, so they can be made before it opens.
        return new AttributedString(text, style).toAnsi(8, AttributedCharSequence.ForceMode.None);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public int width() {
        if (!reader.isDone()) {
            return MAX_WIDTH;
        }
        int columns = reader().getTerminal().getWidth();
        return columns <= 20 ? MAX_WIDTH : Math.min(columns - 1, MAX_WIDTH);
    }

    @Override
    public void close() {
        if (!reader.isDone()) {
            reader.cancel(false);
            return;
        }
        try {
            reader().getTerminal().close();
        } catch (IOException | RuntimeException e) {
            // The terminal is being given back at exit; there is nothing useful to do about a failure here.
        }
    }
}
