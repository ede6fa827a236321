package org.monitoringadvisor.policy.cues;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.monitoringadvisor.policy.text.DocumentText;
import org.monitoringadvisor.policy.text.Passage;

/**
 * Splits a policy's passages into sentences with the JDK's {@link BreakIterator} (Unicode's sentence boundary
 * rules for English). Before that, a passage is cut where its lines show a structure the punctuation does not: a
 * bullet or numbered item, or a short heading line with no closing punctuation above a line that starts a sentence.
 */
public final class Sentences {

    private static final Pattern ITEM_START = Pattern.compile("^\\s*([-*+\u2022\u25AA\u25CF\u2013\u25E6\uF0B7\uF0A7]"
            + "|\\(?[0-9]{1,2}(\\.[0-9]{1,2})+\\.?|\\(?[0-9]{1,2}[.)]|\\([a-z]{1,3}\\)|[a-h][.)])\\s+\\S");
    private static final Pattern HEADING_LINE = Pattern.compile("^(\\(?[0-9]{1,2}(\\.[0-9]{1,2})*[.)]?\\s+)?[^.;:,!?]{1,70}$");

    private Sentences() {
    }

    /** The sentences of a document, in reading order. */
    public static List<Sentence> of(DocumentText text) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.UK);
        for (Passage passage : text.passages()) {
            int segmentLine = 0;
            for (String segment : segments(passage.text())) {
                Collapsed line = Collapsed.of(segment);
                breaks.setText(line.text());
                int start = breaks.first();
                for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                    String sentence = line.text().substring(start, end).strip();
                    if (sentence.chars().anyMatch(Character::isLetter)) {
                        int lead = start + (line.text().substring(start, end).length()
                                - line.text().substring(start, end).stripLeading().length());
                        String where = passage.whereAt(segmentLine + line.linesBefore(lead));
                        sentences.add(new Sentence(sentences.size(), sentence, where, normalise(sentence)));
                    }
                }
                segmentLine += (int) segment.chars().filter(c -> c == '\n').count() + 1;
            }
        }
        return sentences;
    }

    /** A segment with its whitespace runs made single spaces, remembering how many line breaks came before each place. */
    private record Collapsed(String text, int[] breaksBefore) {

        static Collapsed of(String segment) {
            StringBuilder text = new StringBuilder();
            int[] before = new int[segment.length() + 1];
            int breaks = 0;
            boolean inSpace = false;
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '\n') {
                    breaks++;
                }
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
                    if (!inSpace && text.length() > 0) {
                        before[text.length()] = breaks;
                        text.append(' ');
                    }
                    inSpace = true;
                } else {
                    before[text.length()] = breaks;
                    text.append(c);
                    inSpace = false;
                }
            }
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            return new Collapsed(text.toString(), before);
        }

        int linesBefore(int offset) {
            return offset < text.length() ? breaksBefore[offset] : 0;
        }
    }

    /** Cuts a passage at its list items and heading lines. */
    static List<String> segments(String passage) {
        String[] lines = passage.split("\\r?\\n|\\r");
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean newItem = ITEM_START.matcher(line).find();
            boolean afterHeading = i > 0 && isHeadingLine(lines[i - 1]) && startsSentence(line);
            if ((newItem || afterHeading) && current.length() > 0) {
                segments.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        if (current.length() > 0) {
            segments.add(current.toString());
        }
        return segments;
    }

    private static boolean isHeadingLine(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && HEADING_LINE.matcher(stripped).matches() && !stripped.endsWith("-")
                && (stripped.length() < 45 || Character.isUpperCase(stripped.charAt(0)) && titleCase(stripped));
    }

    private static boolean titleCase(String line) {
        String[] words = line.split(" ");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .count();
        return capitalised * 2 >= words.length;
    }

    private static boolean startsSentence(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && (Character.isUpperCase(stripped.charAt(0)) || Character.isDigit(stripped.charAt(0)));
    }

    /**
     * Lower case, with typographic quotes, dashes and spaces made plain, character for character, so a match's
     * offsets are the same in the quote.
     */
    public static String normalise(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            chars[i] = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032', '\u0060', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
                default -> c;
            };
        }
        return new String(chars);
    }
}
