package org.monitoringadvisor.cli;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.monitoringadvisor.report.HtmlReport;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.MarkdownReport;
import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.report.PdfReport;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.Templates;
import org.monitoringadvisor.report.TextReport;
import org.monitoringadvisor.report.WordReport;

/** The formats {@code assess} can write; Word and PDF are binary files. */
public enum ReportFormat {
    text(input -> utf8(TextReport.render(input)), false, Markup.TEXT),
    markdown(input -> utf8(MarkdownReport.render(input)), false, Markup.MARKDOWN),
    html(input -> utf8(HtmlReport.render(input)), false, Markup.HTML),
    json(input -> utf8(JsonReport.render(input)), false, null),
    docx(WordReport::render, true, Markup.WORD),
    pdf(PdfReport::render, true, Markup.HTML);

    private final Function<ReportInput, byte[]> renderer;
    private final boolean binary;
    private final Markup template;

    ReportFormat(Function<ReportInput, byte[]> renderer, boolean binary, Markup template) {
        this.renderer = renderer;
        this.binary = binary;
        this.template = template;
    }

    /**
     * Compiles the report's template for this format ahead of {@link #render}, for a command with time to spare
     * before it has an assessment to render (while the rules load); rendering is the same either way.
     */
    public void prepare() {
        if (template != null) {
            Templates.prepare(template, "report");
        }
    }

    /** Renders a report in this format: the file's bytes (text formats in UTF-8). */
    public byte[] render(ReportInput input) {
        return renderer.apply(input);
    }

    /** Whether the format is a binary file, which is never printed on a terminal. */
    public boolean binary() {
        return binary;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
