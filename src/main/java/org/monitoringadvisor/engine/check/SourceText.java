package org.monitoringadvisor.engine.check;

import java.util.ArrayList;
import java.util.List;
import org.monitoringadvisor.knowledge.Position;

/** A file's text with its location, turning character offsets into line and column positions. */
final class SourceText {

    private final String location;
    private final String text;
    private final int[] lineStarts;

    SourceText(String location, String text) {
        this.location = location;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String location() {
        return location;
    }

    String text() {
        return text;
    }

    /** The position of a character offset; an offset outside the text gives the start of the file. */
    Position at(int offset) {
        if (offset < 0 || offset > text.length()) {
            return Position.startOf(location);
        }
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return new Position(location, low + 1, offset - lineStarts[low] + 1);
    }

    /** A 1-based line and column, kept within the text: a line past the end gives the last line. */
    Position atLine(int line, int column) {
        int last = lineStarts.length;
        int at = Math.min(Math.max(line, 1), last);
        return new Position(location, at, Math.max(column, 1));
    }

    /** The offset where 1-based {@code line} starts, or -1 when the text has no such line. */
    int lineStart(int line) {
        return line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] : -1;
    }

    /** The offset of {@code needle} at or after {@code from} and before {@code to}, or -1. */
    int indexOf(String needle, int from, int to) {
        int found = text.indexOf(needle, Math.max(from, 0));
        return found >= 0 && found + needle.length() <= Math.min(to, text.length()) ? found : -1;
    }

    /** As {@link #indexOf}, for a whole word only: not part of a longer name. */
    int indexOfWord(String word, int from, int to) {
        int at = indexOf(word, from, to);
        while (at >= 0 && (at > 0 && isNamePart(text.charAt(at - 1))
                || at + word.length() < text.length() && isNamePart(text.charAt(at + word.length())))) {
            at = indexOf(word, at + 1, to);
        }
        return at;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
