package org.monitoringadvisor.report;

import java.util.Objects;

/**
 * The draft letter to management in text, Markdown or HTML. The rep's copy has a cover note before the letter and
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
}
