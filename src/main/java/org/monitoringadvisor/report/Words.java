package org.monitoringadvisor.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for turning values into words fit for a report. */
final class Words {

    /** A full stop after a word of two letters or more (not an initial) or a bracket, before a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2}|\\))\\.(?=\\s+\\p{Lu})");

    private Words() {
    }

    /** The text with its first letter in upper case. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * A metadata value as one clean line: control characters, C0 and C1 (which could move a terminal's cursor or colour)
     * are dropped and runs of white space become one space. Lists and maps are not shown: empty.
     */
    static String plain(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return "";
        }
        return value.toString().replaceAll("[\\p{Cntrl}\\u0080-\\u009f&&[^\\t\\n\\r]]", "")
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * The first sentence of a text: up to the first full stop that ends a word and is followed by a space and a
     * capital letter, or the whole text when there is none.
     */
    static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) + "." : text.strip();
    }

    /** "1 gap", "2 gaps". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
