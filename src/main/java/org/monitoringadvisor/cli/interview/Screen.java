package org.monitoringadvisor.cli.interview;

import java.util.List;
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

    /** A heading with a rule under it. */
    void heading(String title) {
        blank();
        console.println(console.styled(Emphasis.HEADING, title));
        console.println(console.styled(Emphasis.HEADING, "-".repeat(title.length())));
    }

    /** Splits text into lines of at most {@code width} characters (20 at the least), breaking between words. */
    static List<String> wrap(String text, int width) {
        int limit = Math.max(width, 20);
        return Wrap.fill(text, limit, limit);
    }
}
