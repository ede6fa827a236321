package org.monitoringadvisor.report;

import java.util.Objects;
import org.monitoringadvisor.report.model.Comparison;
import org.monitoringadvisor.report.pdf.PdfPrinter;
import org.monitoringadvisor.report.word.WordWriter;

/** A comparison of two assessments in text, Markdown, HTML, JSON, Word or PDF; every format says the same thing. */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /**
     * Renders a comparison as a document.
     *
     * @param comparison what changed
     * @param markup     the format
     * @return the document
     */
    public static String render(Comparison comparison, Markup markup) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(markup, "markup");
        return Templates.render(markup, "compare", comparison);
    }

    /**
     * Renders a comparison as an editable Word document.
     *
     * @param comparison what changed
     * @return the bytes of a .docx file
     */
    public static byte[] word(Comparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        String title = "What has changed" + (comparison.employer().isEmpty() ? "" : ": " + comparison.employer());
        return WordWriter.write(Templates.render(Markup.WORD, "compare", comparison), title);
    }

    /**
     * Renders a comparison as PDF: its HTML printed with the print stylesheet, fonts embedded.
     *
     * @param comparison what changed
     * @return the bytes of a PDF file
     */
    public static byte[] pdf(Comparison comparison) {
        return PdfPrinter.print(render(comparison, Markup.HTML));
    }

    /**
     * Renders a comparison as JSON: the comparison's fields as they are, pretty-printed, ending with a newline.
     *
     * @param comparison what changed
     * @return the JSON text
     */
    public static String json(Comparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        return PrettyJson.write(comparison);
    }
}
