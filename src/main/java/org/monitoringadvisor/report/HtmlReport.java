package org.monitoringadvisor.report;

import org.monitoringadvisor.report.model.Report;

/**
 * The report as one self-contained HTML page: no external fonts, scripts or images, charts drawn in inline SVG,
 * a print stylesheet for A4, and everything that came from the user escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Renders the whole report. */
    public static String render(ReportInput input) {
        Report report = ReportBuilder.build(input);
        return Templates.render(Markup.HTML, "report", report, Charts.of(report.glance()));
    }
}
