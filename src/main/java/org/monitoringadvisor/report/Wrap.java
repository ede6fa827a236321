package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word wrapping for plain-text output, so reports read well in an 80-column terminal or a printout. */
public final class Wrap {

    public static final int WIDTH = 80;

    /** Leading spaces and a list marker ("- ", "1. ", "[3] ", "# "): continuation lines are indented past them. */
    private static final Pattern HANG = Pattern.compile("^( *)((?:[-*#x?]|\\d+\\.|\\[\\d+]) +)?");

    private Wrap() {
    }

    /**
     * Wraps every line of {@code text} longer than {@link #WIDTH} columns, indenting its continuation lines to
     * where its text starts (after leading spaces and any list marker). Shorter lines are left as they are.
     */
    public static String block(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 20);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.length() <= WIDTH) {
                out.append(line);
                continue;
            }
            Matcher hang = HANG.matcher(line);
            hang.find();
            String first = line.substring(0, hang.end());
            String wrapped = lines(first, " ".repeat(first.length()), line.substring(hang.end()));
            out.append(wrapped, 0, wrapped.length() - 1); // without the final newline: the split kept it
        }
        return out.toString();
    }

    /**
     * Wraps {@code text} to {@link #WIDTH} columns: the first line starts with {@code first}, the others with
     * {@code rest} (usually spaces of the same width).
     */
    public static String lines(String first, String rest, String text) {
        List<String> lines = fill(text, WIDTH - first.length(), WIDTH - rest.length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
        }
        return out.toString();
    }

    /**
     * Splits {@code text} into lines between words: the first at most {@code firstWidth} characters, the others at
     * most {@code restWidth} (a word longer than that has a line to itself).
     */
    public static List<String> fill(String text, int firstWidth, int restWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int width = firstWidth;
        String words = text.strip();
        int start = 0;
        do {
            int end = start;
            while (end < words.length() && !isSpace(words.charAt(end))) {
                end++;
            }
            if (line.length() > 0 && line.length() + 1 + (end - start) > width) {
                lines.add(line.toString());
                line.setLength(0);
                width = restWidth;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(words, start, end);
            start = end;
            while (start < words.length() && isSpace(words.charAt(start))) {
                start++;
            }
        } while (start < words.length());
        lines.add(line.toString());
        return lines;
    }

    /**
     * The characters words are split at: those of the regular expression {@code \s}. A loop rather than
     * {@code split("\\s+")}, which compiles its pattern at every call and runs it in a cold JVM's interpreter: the
     * text report's wrapping was a tenth of a cold {@code assess}'s main thread.
     */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
