package org.monitoringadvisor.survey;

import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.report.Templates;

/**
 * A survey's summary as one self-contained HTML page (no scripts, no outside files, so it can be mailed or printed):
 * bar charts drawn as inline SVG of how many workplaces have each gap, by priority and by topic, then the asks and
 * strengths. The page is {@code templates/survey.html.mustache}; {@link SurveyView} gives it its figures.
 */
public final class SurveyHtmlReport {

    private SurveyHtmlReport() {
    }

    /** Renders the page. */
    public static String render(SurveySummary summary) {
        return Templates.renderAsLaidOut(Markup.HTML, "survey", SurveyView.of(summary));
    }
}
