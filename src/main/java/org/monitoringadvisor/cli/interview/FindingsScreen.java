package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.report.TextReport;

/**
 * The findings on screen ({@code how}), one line each: drawn here rather than by a report renderer so that they
 * wrap to the terminal and carry its emphasis; the full findings are the report's business.
 */
final class FindingsScreen {

    private FindingsScreen() {
    }

    /** {@code how}: each finding so far on one line; the report has the rest. */
    static void soFar(Screen screen, Assessment assessment) {
        screen.heading("Findings so far");
        screen.wrapped("  ", "  ", TextReport.summary(assessment) + ".");
        if (assessment.findings().isEmpty()) {
            screen.wrapped("  ", "  ", "Nothing yet: findings appear as you answer.", Emphasis.QUIET);
            return;
        }
        for (FindingKind kind : FindingKind.values()) {
            List<Finding> findings = assessment.findings(kind);
            if (findings.isEmpty()) {
                continue;
            }
            screen.blank();
            screen.console().println("  " + screen.console().styled(Emphasis.HEADING, Words.heading(kind)));
            int number = 1;
            for (Finding finding : findings) {
                String label = String.format("  %d. ", number++);
                String pad = " ".repeat(label.length());
                String tag = kind == FindingKind.GAP ? "[" + finding.priority().id() + "] " : "";
                screen.wrapped(label, pad, tag + finding.title());
            }
        }
    }
}
