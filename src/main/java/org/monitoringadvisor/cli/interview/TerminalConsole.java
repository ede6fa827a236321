package org.monitoringadvisor.cli.interview;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
import org.jline.utils.InfoCmp;

/**
 * A console on a real terminal, through JLine: line editing, Tab completion of options and commands, Ctrl-C and
 * Ctrl-D, and colour unless {@code NO_COLOR} is set. Nothing typed is kept in a history file.
 *
 * <p>Opening a JLine terminal takes a few hundred milliseconds (more on a busy machine), so it is opened on a
 * background thread: text written before it is ready goes straight to standard output, the welcome and the first
 * prompt included, so both are on screen at once. What the rep types meanwhile waits in the terminal (which shows
 * it as it is typed) until JLine takes over, draws the prompt again in the same place and reads it.
 */
final class TerminalConsole implements Console {

    private static final int MAX_WIDTH = 80;

    private final CompletableFuture<LineReader> reader;
    private final PrintStream early;
    private final boolean colour;
    private final Pager pager;
    private int earlyColumns = -1;
    private volatile List<Completion> completions = List.of();

    /**
     * @param opener opens JLine's reader (on a background thread), given the completions to offer at each prompt
     */
    TerminalConsole(boolean colour, PrintStream early, Pager pager,
                    Function<Supplier<List<Completion>>, LineReader> opener) {
        this.colour = colour;
        this.pager = pager;
        this.early = early;
        this.reader = CompletableFuture.supplyAsync(() -> opener.apply(() -> completions), task -> {
            Thread thread = new Thread(task, "terminal-opening");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts opening the process's terminal and returns at once. */
    static TerminalConsole open(boolean colour, Map<String, String> environment) {
        return new TerminalConsole(colour, System.out, new Pager(environment), TerminalConsole::openReader);
    }

    private static LineReader openReader(Supplier<List<Completion>> completions) {
        Terminal terminal;
        try {
            useBuiltInDescription(System.getenv("TERM"));
            terminal = TerminalBuilder.builder().system(true).providers(providers(Runtime.version().feature()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
        return LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("monitoring-advisor")
                .completer((lineReader, line, candidates) -> {
                    List<Completion> offered = completions.get();
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

    /**
     * The ways JLine may reach the terminal, best first. On Java 22 and later the JDK's own foreign-function API,
     * then JLine's JNI library: neither starts a process; the command-running provider, which starts {@code test -t}
     * at every start, is left out there, since one of the two always works on a JDK that has the first. Before
     * Java 22, the JNI library (unpacked into the temporary folder), then the commands.
     */
    static String providers(int javaVersion) {
        return javaVersion >= 22 ? "ffm,jni" : "jni,exec";
    }

    /**
     * JLine asks the system's {@code infocmp} program what the terminal can do, a process at every start, and uses
     * its own description only if that fails. For the common terminals it carries (xterm, screen, rxvt, ...) its
     * own is as good, so it is used at once. It is read here in one go: JLine's own reading takes the file a byte at
     * a time, two system calls a byte from the app image's uncompressed jar.
     */
    static void useBuiltInDescription(String terminalType) {
        if (terminalType != null && terminalType.matches("[A-Za-z0-9][A-Za-z0-9.+-]*")
                && InfoCmp.getLoadedInfoCmp(terminalType) == null) {
            String builtIn = builtInDescription(terminalType);
            if (builtIn != null) {
                InfoCmp.setLoadedInfoCmp(terminalType, builtIn);
            }
        }
    }

    /** JLine's description of this terminal, as JLine itself gives it (its lines, each ended by a line break). */
    private static String builtInDescription(String terminalType) {
        try (InputStream in = InfoCmp.class.getResourceAsStream(terminalType + ".caps")) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().collect(Collectors.joining("\n", "", "\n"));
        } catch (IOException e) {
            return null; // JLine then asks infocmp, as it would have without this
        }
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
        if (!reader.isDone() && interruptedBeforeOpen(prompt)) {
            throw new InputEndedException(true);
        }
        try {
            return reader().readLine(prompt);
        } catch (UserInterruptException e) {
            throw new InputEndedException(true);
        } catch (EndOfFileException e) {
            throw new InputEndedException(false);
        }
    }

    /**
     * Shows the prompt at once and waits for JLine; once it is open, goes back to the start of the line, where JLine
     * draws the prompt again with whatever was typed meanwhile. True if the rep pressed Ctrl-C first.
     */
    private boolean interruptedBeforeOpen(String prompt) {
        EarlyInterrupt ctrlC = EarlyInterrupt.catching();
        try {
            early.print(prompt);
            early.flush();
            CompletableFuture.anyOf(reader, ctrlC.pressed()).exceptionally(e -> null).join();
        } finally {
            ctrlC.release();
        }
        if (ctrlC.pressed().isDone()) {
            early.println(); // off the prompt's line, as JLine leaves it after Ctrl-C
            return true;
        }
        reader(); // rethrows why, if JLine could not open the terminal
        early.print('\r');
        early.flush();
        return false;
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

    /** Lines that fit on the screen are printed; longer screens go through the pager. */
    @Override
    public void page(List<String> lines) {
        int height = reader.isDone() ? reader().getTerminal().getHeight() : 0;
        if (height <= 0 || lines.size() < height - 1) {
            lines.forEach(this::println);
            return;
        }
        Terminal terminal = reader().getTerminal();
        terminal.flush();
        if (!pager.show(String.join("\n", lines) + "\n")) {
            lines.forEach(this::println);
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
        int columns = reader.isDone() ? reader().getTerminal().getWidth() : earlyColumns();
        return columns <= 20 ? MAX_WIDTH : Math.min(columns - 1, MAX_WIDTH);
    }

    /**
     * The terminal's width before JLine has opened it (the welcome): {@code stty size} asked about the terminal,
     * once; 0 when that cannot be known, which means the usual 80 columns.
     */
    private synchronized int earlyColumns() {
        if (earlyColumns < 0) {
            earlyColumns = 0;
            try {
                Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (stty.waitFor(1, TimeUnit.SECONDS)) {
                    String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                            .strip().split("\\s+");
                    earlyColumns = size.length == 2 ? Integer.parseInt(size[1]) : 0;
                } else {
                    stty.destroy();
                }
            } catch (IOException | NumberFormatException e) {
                earlyColumns = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return earlyColumns;
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
