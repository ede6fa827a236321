package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.report.ReportBuilder;
import org.monitoringadvisor.report.TextReport;
import org.monitoringadvisor.report.model.Lead;

/**
 * The end of the questions: the counts, the points to lead with in the meeting (the rules' choice, as every report
 * opens with them, each in two or three lines), and where the rest is. The full findings are the report's
 * business; this screen fits on one terminal page.
 */
final class EndScreen {

    private EndScreen() {
    }

    static void show(Screen screen, Assessment assessment, String employer) {
        screen.blank();
        screen.title("What your answers show" + (employer.isEmpty() ? "" : " about " + employer));
        screen.text("That was the last question. In all: " + TextReport.summary(assessment) + ".");
        List<Lead> leads = ReportBuilder.leads(assessment);
        if (leads.isEmpty()) {
            screen.text("No gaps and no open questions: the answers given do not fall short of the guidance.");
        } else {
            screen.heading("Lead with these in the meeting");
            for (Lead lead : leads) {
                String label = String.format("  %d. ", lead.number());
                String pad = " ".repeat(label.length());
                Finding finding = assessment.finding(lead.id()).orElseThrow();
                screen.wrapped(label, pad, tag(finding) + lead.title(), Emphasis.QUESTION);
                screen.wrapped(pad, pad, lead.ask() + " Footing: " + lead.footing() + ".");
            }
        }
        screen.blank();
        screen.text(Emphasis.QUIET, "The report has every finding with what to ask for, the arguments and the"
                + " sources; type how to list them here one line each.");
    }

    /** "[high] " for a gap, nothing for the rest. */
    static String tag(Finding finding) {
        return finding.kind() == FindingKind.GAP ? "[" + finding.priority().id() + "] " : "";
    }
}
