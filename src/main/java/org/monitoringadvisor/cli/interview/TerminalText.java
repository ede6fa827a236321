package org.monitoringadvisor.cli.interview;

/**
 * Text from an answers file made safe to print: control characters (C0 and C1, escape included) are dropped, so a
 * file cannot move the cursor, change colours or retitle the window of the terminal it is shown on.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u0080-\\u009f]", "");
    }
}
