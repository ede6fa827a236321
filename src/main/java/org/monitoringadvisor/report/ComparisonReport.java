package org.monitoringadvisor.report;

import java.util.Objects;
import org.monitoringadvisor.report.model.Comparison;

/** A comparison of two assessments in text, Markdown, HTML or JSON; every format says the same thing. */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /**
     * Renders a comparison as a document.
     *
     * @param comparison what changed
     * @param markup     the format
     * @return the document
     */
    public static String render(Comparison comparison, Markup markup) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(markup, "markup");
        return Templates.render(markup, "compare", comparison);
    }

    /**
     * Renders a comparison as JSON: the comparison's fields as they are, pretty-printed, ending with a newline.
     *
     * @param comparison what changed
     * @return the JSON text
     */
    public static String json(Comparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        return PrettyJson.write(comparison);
    }
}
