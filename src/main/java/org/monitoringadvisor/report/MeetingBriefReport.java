package org.monitoringadvisor.report;

import java.util.Objects;
import org.monitoringadvisor.report.model.MeetingBrief;
import org.monitoringadvisor.report.pdf.PdfPrinter;
import org.monitoringadvisor.report.word.WordWriter;

/** The rep's two-page meeting brief ({@code brief --length short}) in text, Markdown, HTML, Word or PDF. */
public final class MeetingBriefReport {

    private MeetingBriefReport() {
    }

    /** Renders the brief in {@code markup}. */
    public static String render(ReportInput input, Markup markup) {
        Objects.requireNonNull(markup, "markup");
        return Templates.render(markup, "brief", MeetingBriefBuilder.build(input), ListMarks.of(markup));
    }

    /** The brief as an editable Word document. */
    public static byte[] word(ReportInput input) {
        MeetingBrief brief = MeetingBriefBuilder.build(input);
        return WordWriter.write(Templates.render(Markup.WORD, "brief", brief, ListMarks.of(Markup.WORD)),
                "Meeting brief: " + brief.header().employerOrPlaceholder());
    }

    /** The brief as a PDF, printed from its HTML. */
    public static byte[] pdf(ReportInput input) {
        return PdfPrinter.print(render(input, Markup.HTML));
    }
}
