package org.monitoringadvisor.cli;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.monitoringadvisor.report.HtmlReport;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.MarkdownReport;
import org.monitoringadvisor.report.PdfReport;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;
import org.monitoringadvisor.report.WordReport;

/** The formats {@code assess} can write; Word and PDF are binary files. */
public enum ReportFormat {
    text(input -> utf8(TextReport.render(input)), false),
    markdown(input -> utf8(MarkdownReport.render(input)), false),
    html(input -> utf8(HtmlReport.render(input)), false),
    json(input -> utf8(JsonReport.render(input)), false),
    docx(WordReport::render, true),
    pdf(PdfReport::render, true);

    private final Function<ReportInput, byte[]> renderer;
    private final boolean binary;

    ReportFormat(Function<ReportInput, byte[]> renderer, boolean binary) {
        this.renderer = renderer;
        this.binary = binary;
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
