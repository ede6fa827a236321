package org.monitoringadvisor.report;

import org.monitoringadvisor.report.pdf.PdfPrinter;

/** The report as PDF: the HTML report printed with its own print stylesheet, fonts embedded. */
public final class PdfReport {

    private PdfReport() {
    }

    /** Renders the whole report as the bytes of a PDF file. */
    public static byte[] render(ReportInput input) {
        return PdfPrinter.print(HtmlReport.render(input));
    }
}
