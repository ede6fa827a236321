package org.monitoringadvisor.policy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Makes PDF and Word files from plain text for the tests, with PDFBox and POI. */
public final class TestDocuments {

    private static final int LINES_PER_PAGE = 48;
    private static final int CHARACTERS_PER_LINE = 95;

    private TestDocuments() {
    }

    /** A PDF of the text, wrapped into lines, a new page every 48 lines; blank lines make paragraph gaps. */
    public static Path pdf(String text, Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> lines = wrap(text);
        try (PDDocument document = new PDDocument()) {
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(15);
                    content.newLineAtOffset(50, 780);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A Word file with one paragraph per line; short lines with no full stop are styled as headings. */
    public static Path docx(String text, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph paragraph = document.createParagraph();
                if (line.length() < 50 && !line.strip().endsWith(".")) {
                    paragraph.setStyle("Heading1");
                }
                paragraph.createRun().setText(line.strip());
            }
            document.write(out);
        }
        return file;
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" ")) {
                if (line.length() + word.length() + 1 > CHARACTERS_PER_LINE && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
