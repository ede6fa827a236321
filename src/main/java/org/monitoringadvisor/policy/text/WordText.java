package org.monitoringadvisor.policy.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word (DOCX) text with Apache POI's XWPF, one passage per paragraph or table cell, placed by the heading above it.
 * Headings are paragraphs with a "Heading" or "Title" style.
 */
final class WordText {

    private WordText() {
    }

    static DocumentText read(Path file, byte[] bytes) {
        String name = file.toString();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Headings headings = new Headings();
            List<Passage> passages = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(paragraph, headings, passages);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                add(paragraph, headings, passages);
                            }
                        }
                    }
                }
            }
            return new DocumentText("Word (DOCX)", passages);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentException(name, "is a password-protected or old-style Word file; save it as an "
                    + "unprotected .docx and try again");
        } catch (POIXMLException | IOException | IllegalArgumentException e) {
            throw new DocumentException(name, "is not a readable Word (.docx) file: " + e.getMessage());
        }
    }

    private static void add(XWPFParagraph paragraph, Headings headings, List<Passage> passages) {
        String text = paragraph.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(java.util.Locale.ROOT);
        if (style.startsWith("heading") || style.startsWith("title")) {
            headings.heading(text);
            passages.add(new Passage(text, headings.headingItself()));
        } else {
            passages.add(new Passage(text, headings.nextParagraph()));
        }
    }
}
