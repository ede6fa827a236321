package org.monitoringadvisor.report.word;

/**
 * How a value from the answers (an employer's name, say) is written into the block lines of a Word document so
 * that it stays text: a line break would start a new block, so control characters become spaces, and the marks
 * the lines use (asterisks for bold, bars between table cells) are swapped for private characters that
 * {@link #decode} turns back after the marks have been read. Square brackets are left alone: a bracketed value is
 * a placeholder to fill in (the letter's "[Name of employer]" when the answers name none) and is highlighted.
 */
public final class WordText {

    static final char ASTERISK = '\uE002';
    static final char BAR = '\uE003';

    private WordText() {
    }

    /** A value ready to stand inside a block line. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '*' -> out.append(ASTERISK);
                case '|' -> out.append(BAR);
                default -> out.append(Character.isISOControl(c) || isPrivate(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** The text as the reader should see it, once the marks have been read. */
    static String decode(String text) {
        return text.replace(ASTERISK, '*').replace(BAR, '|');
    }

    private static boolean isPrivate(char c) {
        return c == ASTERISK || c == BAR;
    }
}
