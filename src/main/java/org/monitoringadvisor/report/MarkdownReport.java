package org.monitoringadvisor.report;

/** The report as Markdown, for the branch's wiki, an email or a document converter. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** Renders the whole report. */
    public static String render(ReportInput input) {
        return Templates.render(Markup.MARKDOWN, "report", ReportBuilder.build(input));
    }
}
