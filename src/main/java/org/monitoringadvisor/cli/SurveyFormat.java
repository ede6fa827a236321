package org.monitoringadvisor.cli;

import java.util.function.Function;
import org.monitoringadvisor.survey.SurveyHtmlReport;
import org.monitoringadvisor.survey.SurveyJsonReport;
import org.monitoringadvisor.survey.SurveySummary;
import org.monitoringadvisor.survey.SurveyTextReport;

/** The formats {@code survey} can print its summary in. */
public enum SurveyFormat {
    text(SurveyTextReport::render, "summary.txt"),
    json(SurveyJsonReport::render, "summary.json"),
    html(SurveyHtmlReport::render, "summary.html");

    private final Function<SurveySummary, String> renderer;
    private final String fileName;

    SurveyFormat(Function<SurveySummary, String> renderer, String fileName) {
        this.renderer = renderer;
        this.fileName = fileName;
    }

    /** Renders a summary in this format. */
    public String render(SurveySummary summary) {
        return renderer.apply(summary);
    }

    /** The file {@code --out DIR} writes this format to. */
    public String fileName() {
        return fileName;
    }
}
