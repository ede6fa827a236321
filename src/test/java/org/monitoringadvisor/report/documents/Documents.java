package org.monitoringadvisor.report.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Opens Word and PDF output the way another program would, with POI and PDFBox, and reads what a person would. */
final class Documents {

    private Documents() {
    }

    static XWPFDocument word(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs in a Word heading style of that level, in order. */
    static List<String> headings(XWPFDocument document, int level) {
        return document.getParagraphs().stream().filter(p -> ("Heading" + level).equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /** All the text of a Word document, tables included, one paragraph a line. */
    static String text(XWPFDocument document) {
        String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
                .collect(Collectors.joining("\n"));
        String tables = document.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
        return paragraphs + "\n" + tables;
    }

    static PDDocument pdf(byte[] bytes) {
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a reader can select and copy, with line breaks turned to spaces so phrases can be found whole. */
    static String text(PDDocument document) {
        try {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
