package org.monitoringadvisor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A printed PDF read back with PDFBox: how many pages, the text of each, and how far down each page its text
 * reaches.
 *
 * @param texts the text of each page, in order
 * @param fills for each page, the lowest line of text as a fraction of the page's height (0 for a blank page)
 */
record PrintedPages(List<String> texts, List<Double> fills) {

    static PrintedPages read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> texts = new ArrayList<>();
            List<Double> fills = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                Lowest stripper = new Lowest();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
                float height = document.getPage(page - 1).getMediaBox().getHeight();
                fills.add(stripper.lowest / height);
            }
            return new PrintedPages(List.copyOf(texts), List.copyOf(fills));
        }
    }

    int count() {
        return texts.size();
    }

    /** The number (from 1) of the first page whose text contains {@code text}, or 0. */
    int pageOf(String text) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).replaceAll("\\s+", " ").contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Remembers the bottom of the lowest glyph on the page. */
    private static final class Lowest extends PDFTextStripper {

        private double lowest;

        Lowest() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                lowest = Math.max(lowest, position.getYDirAdj());
            }
            super.writeString(text, positions);
        }
    }
}
