package org.monitoringadvisor.cli;

import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.LetterReport;
import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.report.MeetingBriefReport;
import org.monitoringadvisor.report.ReportInput;

/** The formats {@code brief} (and the interview's end) can write a letter in; Word and PDF are binary files. */
public enum LetterFormat {
    text, markdown, html, docx, pdf;

    /** Renders the letter for {@code audience}: the file's bytes (text formats in UTF-8). */
    public byte[] render(ReportInput input, Audience audience) {
        return switch (this) {
            case text -> ReportFormat.utf8(LetterReport.render(input, audience, Markup.TEXT));
            case markdown -> ReportFormat.utf8(LetterReport.render(input, audience, Markup.MARKDOWN));
            case html -> ReportFormat.utf8(LetterReport.render(input, audience, Markup.HTML));
            case docx -> LetterReport.word(input, audience);
            case pdf -> LetterReport.pdf(input, audience);
        };
    }

    /** Renders the rep's meeting brief ({@code brief --length short}): the file's bytes. */
    public byte[] renderBrief(ReportInput input) {
        return switch (this) {
            case text -> ReportFormat.utf8(MeetingBriefReport.render(input, Markup.TEXT));
            case markdown -> ReportFormat.utf8(MeetingBriefReport.render(input, Markup.MARKDOWN));
            case html -> ReportFormat.utf8(MeetingBriefReport.render(input, Markup.HTML));
            case docx -> MeetingBriefReport.word(input);
            case pdf -> MeetingBriefReport.pdf(input);
        };
    }

    /** Whether the format is a binary file, which is never printed on a terminal. */
    public boolean binary() {
        return this == docx || this == pdf;
    }

    /** The letter format of the same name as a report format; JSON, which is not a letter format, gives text. */
    public static LetterFormat matching(ReportFormat format) {
        return format == ReportFormat.json ? text : valueOf(format.name());
    }
}
