package org.monitoringadvisor.report;

import java.util.Objects;
import org.monitoringadvisor.report.model.Letter;
import org.monitoringadvisor.report.pdf.PdfPrinter;
import org.monitoringadvisor.report.word.WordWriter;

/**
 * The draft letter to management in text, Markdown, HTML, Word or PDF. The rep's copy has a cover note before the letter and
 * the background (arguments, open questions, answers) after it; management's copy is the letter alone.
 */
public final class LetterReport {

    private LetterReport() {
    }

    /**
     * Renders the letter.
     *
     * @param input    the assessment and what came with it
     * @param audience who the copy is for
     * @param markup   the format
     * @return the letter
     */
    public static String render(ReportInput input, Audience audience, Markup markup) {
        Objects.requireNonNull(markup, "markup");
        return Templates.render(markup, "letter", LetterBuilder.build(input, audience), ListMarks.of(markup));
    }

    /**
     * Renders the letter as an editable Word document, its [bracketed] placeholders highlighted.
     *
     * @param input    the assessment and what came with it
     * @param audience who the copy is for
     * @return the bytes of a .docx file
     */
    public static byte[] word(ReportInput input, Audience audience) {
        Letter letter = LetterBuilder.build(input, audience);
        String title = "Draft letter to " + (letter.employer().isEmpty() ? "management" : letter.employer());
        return WordWriter.write(Templates.render(Markup.WORD, "letter", letter, ListMarks.of(Markup.WORD)), title);
    }

    /**
     * Renders the letter as PDF: its HTML printed with the print stylesheet, fonts embedded.
     *
     * @param input    the assessment and what came with it
     * @param audience who the copy is for
     * @return the bytes of a PDF file
     */
    public static byte[] pdf(ReportInput input, Audience audience) {
        return PdfPrinter.print(render(input, audience, Markup.HTML));
    }
}
