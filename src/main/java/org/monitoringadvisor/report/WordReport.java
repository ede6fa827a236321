package org.monitoringadvisor.report;

import org.monitoringadvisor.report.model.Report;
import org.monitoringadvisor.report.word.WordWriter;

/**
 * The report as an editable Word document, built from the same report model as every other format: Word's own
 * heading styles, real lists and tables, and everything that came from the answers kept as plain text.
 */
public final class WordReport {

    private WordReport() {
    }

    /** Renders the whole report as the bytes of a .docx file. */
    public static byte[] render(ReportInput input) {
        Report report = ReportBuilder.build(input);
        String title = "Email, internet and social media at work"
                + (report.header().employer().isEmpty() ? "" : ": " + report.header().employer());
        return WordWriter.write(Templates.render(Markup.WORD, "report", report), title);
    }
}
