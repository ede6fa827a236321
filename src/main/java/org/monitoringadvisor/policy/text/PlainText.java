package org.monitoringadvisor.policy.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown, read as text: one passage per block between blank lines (and per list item), placed by
 * the heading above it and its lines. A heading is a Markdown {@code #} line, or in plain text a short line with no
 * closing punctuation that starts a block, such as {@code 3. Monitoring}. Markdown's marks are kept, so quotes stay
 * exact.
 */
final class PlainText {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TEXT_HEADING = Pattern.compile(
            "^\\s*([0-9]{1,2}(\\.[0-9]{1,2})*\\.?\\s+)?[A-Z][^.;:,!?]{0,60}$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+\u2022]|\\d{1,3}[.)])\\s+");

    private final boolean markdown;
    private final Headings headings = new Headings();
    private final List<Passage> passages = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private int firstLine;

    private PlainText(boolean markdown) {
        this.markdown = markdown;
    }

    static DocumentText read(byte[] bytes, boolean markdown) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new PlainText(markdown).read(text.split("\\r?\\n|\\r", -1));
    }

    private DocumentText read(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            boolean startsBlock = block.length() == 0;
            String heading = heading(line, startsBlock);
            if (line.isBlank() || heading != null || LIST_ITEM.matcher(line).find()) {
                flush();
            }
            if (heading != null) {
                headings.heading(heading);
                passages.add(new Passage(line.strip(), headings.headingItself(), number));
            } else if (!line.isBlank()) {
                if (block.length() == 0) {
                    firstLine = number;
                } else {
                    block.append('\n');
                }
                block.append(line);
            }
        }
        flush();
        return new DocumentText(markdown ? "Markdown" : "plain text", passages);
    }

    /** The heading's words if the line is a heading, else null. */
    private String heading(String line, boolean startsBlock) {
        if (markdown) {
            Matcher matcher = MARKDOWN_HEADING.matcher(line);
            return matcher.matches() ? matcher.group(1) : null;
        }
        return startsBlock && TEXT_HEADING.matcher(line).matches() && !line.strip().startsWith("-") ? line.strip()
                : null;
    }

    private void flush() {
        String text = block.toString().strip();
        if (!text.isEmpty()) {
            passages.add(new Passage(text, headings.nextParagraph(), firstLine + leadingBlankLines(block)));
        }
        block.setLength(0);
    }

    private static int leadingBlankLines(StringBuilder block) {
        int lines = 0;
        for (int i = 0; i < block.length() && Character.isWhitespace(block.charAt(i)); i++) {
            if (block.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** UTF-8 where the bytes are UTF-8, else Windows-1252, which older Windows editors save. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
