package org.monitoringadvisor.cli.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.report.Wrap;

/** Writes wrapped, optionally emphasised text to a console: the few layout moves every screen of the interview uses. */
final class Screen {

    private final Console console;

    Screen(Console console) {
        this.console = console;
    }

    Console console() {
        return console;
    }

    /** An empty line. */
    void blank() {
        console.println();
    }

    /** Text wrapped to the console's width. */
    void text(String text) {
        wrapped("", "", text, null);
    }

    /** Text wrapped to the console's width, with emphasis. */
    void text(Emphasis emphasis, String text) {
        wrapped("", "", text, emphasis);
    }

    /** Text wrapped, its first line starting with {@code first} and the rest with {@code rest}. */
    void wrapped(String first, String rest, String text) {
        wrapped(first, rest, text, null);
    }

    /** Text wrapped as {@link #wrapped(String, String, String)}, the text (not the indent) emphasised. */
    void wrapped(String first, String rest, String text, Emphasis emphasis) {
        List<String> lines = wrap(text, console.width() - Math.max(first.length(), rest.length()));
        for (int i = 0; i < lines.size(); i++) {
            String line = emphasis == null ? lines.get(i) : console.styled(emphasis, lines.get(i));
            console.println((i == 0 ? first : rest) + line);
        }
    }

    /** A heading with a rule under it, wrapped to the console's width. */
    void heading(String title) {
        blank();
        underlined(title, '-');
    }

    /** A title with a double rule under it, wrapped to the console's width. */
    void title(String title) {
        underlined(title, '=');
    }

    private void underlined(String title, char rule) {
        List<String> lines = wrap(title, console.width());
        int longest = 0;
        for (String line : lines) {
            console.println(console.styled(Emphasis.HEADING, line));
            longest = Math.max(longest, line.length());
        }
        console.println(console.styled(Emphasis.HEADING, String.valueOf(rule).repeat(longest)));
    }

    /**
     * A long screen ({@code why}, {@code review}, the findings): drawn in full, then shown through the console's
     * pager where it has one (a terminal) and printed plainly where it has not (a pipe).
     */
    void paged(Consumer<Screen> draw) {
        List<String> lines = new ArrayList<>();
        Console buffer = new Console() {
            @Override
            public String readLine(String prompt, List<Completion> completions) {
                throw new IllegalStateException("a paged screen does not read");
            }

            @Override
            public void println(String text) {
                lines.add(text);
            }

            @Override
            public String styled(Emphasis emphasis, String text) {
                return console.styled(emphasis, text);
            }

            @Override
            public int width() {
                return console.width();
            }

            @Override
            public void close() {
            }
        };
        draw.accept(new Screen(buffer));
        console.page(lines);
    }

    /** Splits text into lines of at most {@code width} characters (20 at the least), breaking between words. */
    static List<String> wrap(String text, int width) {
        int limit = Math.max(width, 20);
        return Wrap.fill(text, limit, limit);
    }
}
