package org.monitoringadvisor.report;

import java.util.List;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;

/**
 * The report as plain text for the terminal or an email, wrapped to 80 columns: at a glance, the gaps by
 * priority, the strengths, the questions for management, the sources, and every answer.
 */
public final class TextReport {

    private TextReport() {
    }

    /** Renders the whole report. */
    public static String render(ReportInput input) {
        return Templates.render(Markup.TEXT, "report", ReportBuilder.build(input));
    }

    /** One line of counts: gaps by priority, questions for management, strengths. */
    public static String summary(Assessment assessment) {
        List<Finding> gaps = assessment.findings(FindingKind.GAP);
        String byPriority = List.of(Priority.values()).stream()
                .map(p -> gaps.stream().filter(g -> g.priority() == p).count() + " " + p.id())
                .filter(s -> !s.startsWith("0 ")).collect(Collectors.joining(", "));
        return Words.count(gaps.size(), "gap", "gaps") + (byPriority.isEmpty() ? "" : " (" + byPriority + ")") + ", "
                + Words.count(assessment.findings(FindingKind.ASK).size(), "question for management",
                "questions for management") + ", "
                + Words.count(assessment.findings(FindingKind.STRENGTH).size(), "strength", "strengths");
    }
}
