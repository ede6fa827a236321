package org.monitoringadvisor.cli.interview;

import java.util.List;

/**
 * Where the interview talks to the rep: a real terminal (line editing, Tab completion, colour) or plain streams (a
 * pipe, a test). The interview only ever sees this interface, so a script can drive the whole of it.
 */
interface Console extends AutoCloseable {

    /**
     * Shows {@code prompt} and reads one line.
     *
     * @param prompt      shown before the cursor
     * @param completions what Tab may complete to at this prompt (ignored where there is no Tab)
     * @return the line, without its line break
     * @throws InputEndedException at the end of input (Ctrl-D) or on Ctrl-C
     */
    String readLine(String prompt, List<Completion> completions);

    /** Writes one line of text (which may carry emphasis from {@link #styled}). */
    void println(String text);

    /** Writes an empty line. */
    default void println() {
        println("");
    }

    /** Shows a long screen's lines: through a pager on a terminal when they do not fit, plainly elsewhere. */
    default void page(List<String> lines) {
        lines.forEach(this::println);
    }

    /** The text with emphasis where the console shows it; the text unchanged elsewhere. */
    String styled(Emphasis emphasis, String text);

    /** Whether a person is typing at a terminal (so a question off the script can be asked), not a pipe. */
    default boolean interactive() {
        return false;
    }

    /** How many columns to wrap text to. */
    int width();

    @Override
    void close();

    /** A word Tab can complete to, with a few words saying what it means and the group it is listed under. */
    record Completion(String word, String description, String group) {
    }

    /** The kinds of emphasis the interview uses; each console decides what they look like. */
    enum Emphasis {
        /** A topic or section heading. */
        HEADING,
        /** The question itself. */
        QUESTION,
        /** Progress, hints and other quiet text. */
        QUIET,
        /** Something to notice: a warning, a high-priority gap. */
        ALERT,
        /** Something good: a strength, a saved file. */
        GOOD
    }
}
