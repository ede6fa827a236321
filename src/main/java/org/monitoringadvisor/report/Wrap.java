package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for plain-text output, so reports read well in an 80-column terminal or a printout. */
final class Wrap {

    static final int WIDTH = 80;

    private Wrap() {
    }

    /**
     * Wraps {@code text} to {@link #WIDTH} columns: the first line starts with {@code first}, the others with
     * {@code rest} (usually spaces of the same width).
     */
    static String lines(String first, String rest, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString());
        return String.join("\n", lines) + "\n";
    }
}
