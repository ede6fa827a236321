package org.monitoringadvisor.cli;

/**
 * Text from an input file made safe to print on a terminal: control characters (C0 and C1, escape included) are
 * dropped, so a file cannot move the cursor, change colours or retitle the window of the terminal that shows a
 * message quoting it. Line breaks and tabs are kept.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** The text without control characters other than line breaks and tabs; empty for null. */
    public static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u0080-\\u009f&&[^\\n\\t]]", "");
    }
}
