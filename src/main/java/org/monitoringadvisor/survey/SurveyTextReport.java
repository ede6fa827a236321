package org.monitoringadvisor.survey;

import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.report.Templates;

/**
 * A survey's summary as plain text for the screen: counts, then each finding with how many workplaces have it.
 * The text is {@code templates/survey.txt.mustache}, not wrapped, so each table row stays on one line.
 */
public final class SurveyTextReport {

    private SurveyTextReport() {
    }

    /** Renders the summary, ending with a newline. */
    public static String render(SurveySummary summary) {
        return Templates.renderAsLaidOut(Markup.TEXT, "survey", SurveyView.of(summary));
    }
}
