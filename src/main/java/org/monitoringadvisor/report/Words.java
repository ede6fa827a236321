package org.monitoringadvisor.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small helpers for turning values into words fit for a report. */
final class Words {

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

    /** "1 gap", "2 gaps". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
