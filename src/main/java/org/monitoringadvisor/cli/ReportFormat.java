package org.monitoringadvisor.cli;

import java.util.function.Function;
import org.monitoringadvisor.report.HtmlReport;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.MarkdownReport;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/** The formats {@code assess} can write. */
public enum ReportFormat {
    text(TextReport::render),
    markdown(MarkdownReport::render),
    html(HtmlReport::render),
    json(JsonReport::render);

    private final Function<ReportInput, String> renderer;

    ReportFormat(Function<ReportInput, String> renderer) {
        this.renderer = renderer;
    }

    /** Renders a report in this format. */
    public String render(ReportInput input) {
        return renderer.apply(input);
    }
}
