package org.monitoringadvisor.report.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds an editable Word document from block lines, one block a line, as the {@code *.docx.mustache} templates
 * write them from the report model:
 *
 * <pre>
 * title TEXT        the document's title          h1 TEXT .. h4 TEXT   headings (Word's own heading styles)
 * p TEXT            a paragraph                   line TEXT            a line of an address, no space after
 * note TEXT         a shaded paragraph            - TEXT / -- TEXT     a bulleted item, first or second level
 * n TEXT            a numbered item (a run of them is one list, numbered by Word)
 * th|A|B / td|A|B   a table's header row and rows (a run of them is one table)
 * pagebreak         a new page
 * </pre>
 *
 * In any text, {@code **words**} are bold and a bracketed placeholder such as {@code [Your name]} is highlighted,
 * so it is easy to find and fill in. Values from the answers cannot make either: {@link WordText} disarms them.
 * The same lines give the same bytes: no dates, fixed metadata, fixed times inside the file.
 */
public final class WordWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Za-z][^\\]]*\\]");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private final XWPFDocument document = new XWPFDocument();
    private final WordStyles styles;
    private BigInteger numberedList;
    private XWPFTable table;

    private WordWriter() {
        styles = new WordStyles(document);
    }

    /**
     * Builds the document.
     *
     * @param lines the block lines, as a template renders them
     * @param title the title kept in the document's properties
     * @return the .docx file's bytes
     */
    public static byte[] write(String lines, String title) {
        WordWriter writer = new WordWriter();
        for (String line : lines.split("\n", -1)) {
            writer.block(line.stripTrailing());
        }
        return writer.finish(title);
    }

    private void block(String line) {
        if (line.isBlank()) {
            return;
        }
        int space = line.indexOf(' ');
        String kind = space < 0 ? line : line.substring(0, space);
        String text = space < 0 ? "" : line.substring(space + 1);
        if (!kind.equals("n") && !kind.equals("--")) {
            numberedList = null; // a second-level bullet belongs to the numbered item above it
        }
        if (!kind.startsWith("th|") && !kind.startsWith("td|") && !kind.equals("th") && !kind.equals("td")) {
            table = null;
        }
        switch (kind) {
            case "title" -> styled("Title", text);
            case "h1" -> styled("Heading1", text);
            case "h2" -> styled("Heading2", text);
            case "h3" -> styled("Heading3", text);
            case "h4" -> styled("Heading4", text);
            case "p" -> styled(null, text);
            case "line" -> styled("AddressLine", text);
            case "note" -> styled("Note", text);
            case "-" -> listItem(styles.bullets(), 0, text);
            case "--" -> listItem(styles.bullets(), 1, text);
            case "n" -> {
                if (numberedList == null) {
                    numberedList = styles.newNumberedList();
                }
                listItem(numberedList, 0, text);
            }
            case "pagebreak" -> document.createParagraph().createRun().addBreak(BreakType.PAGE);
            default -> {
                if (line.startsWith("th|") || line.startsWith("td|")) {
                    row(line.startsWith("th|"), line.substring(3));
                } else {
                    throw new IllegalStateException("Unknown Word block in a template: " + line);
                }
            }
        }
    }

    private XWPFParagraph styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        runs(paragraph, text, false);
        return paragraph;
    }

    private void listItem(BigInteger list, int level, String text) {
        XWPFParagraph paragraph = styled("ListParagraph", text);
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }

    private void row(boolean header, String cells) {
        List<String> values = List.of(cells.split("\\|", -1));
        XWPFTableRow row;
        if (table == null) {
            table = document.createTable(1, values.size());
            styles.tableLook(table);
            row = table.getRow(0);
        } else {
            row = table.createRow();
        }
        if (header) {
            row.setRepeatHeader(true);
        }
        row.setCantSplitRow(true);
        for (int i = 0; i < values.size(); i++) {
            XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setStyle("TableText");
            runs(paragraph, values.get(i).strip(), header);
        }
    }

    /** The text as runs: bold where marked, placeholders highlighted, the disarmed marks turned back. */
    private static void runs(XWPFParagraph paragraph, String text, boolean bold) {
        Matcher matcher = BOLD.matcher(text);
        int at = 0;
        while (matcher.find()) {
            placeholders(paragraph, text.substring(at, matcher.start()), bold);
            placeholders(paragraph, matcher.group(1), true);
            at = matcher.end();
        }
        placeholders(paragraph, text.substring(at), bold);
    }

    private static void placeholders(XWPFParagraph paragraph, String text, boolean bold) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        int at = 0;
        while (matcher.find()) {
            run(paragraph, text.substring(at, matcher.start()), bold, false);
            run(paragraph, matcher.group(), bold, true);
            at = matcher.end();
        }
        run(paragraph, text.substring(at), bold, false);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean placeholder) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setText(WordText.decode(text));
        if (bold) {
            run.setBold(true);
        }
        if (placeholder) {
            run.setTextHighlightColor("yellow");
        }
    }

    private byte[] finish(String title) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(WordText.decode(title));
        core.setCreator(WordStyles.PRODUCER);
        core.getUnderlyingProperties().setCreatedProperty(Optional.empty());
        core.getUnderlyingProperties().setModifiedProperty(Optional.empty());
        document.getProperties().getExtendedProperties().setApplication(WordStyles.PRODUCER);
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return FixedZipTimes.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The Word document could not be made", e);
        }
    }
}
