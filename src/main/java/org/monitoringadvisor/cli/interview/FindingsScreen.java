package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.report.TextReport;

/**
 * The findings on screen: briefly while the interview goes on ({@code how}), in full at its end. Drawn here rather
 * than by a report renderer so that they wrap to the terminal and carry its emphasis; the report file is the
 * report's business.
 */
final class FindingsScreen {

    private FindingsScreen() {
    }

    /** {@code how}: each finding so far in one or two lines, with the answers it rests on. */
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
                if (!finding.because().isEmpty()) {
                    screen.wrapped(pad, pad, "Because " + Words.because(finding.because()) + ".", Emphasis.QUIET);
                }
            }
        }
    }

    /** The end of the interview: every finding with its advice, arguments, reasons and sources. */
    static void full(Screen screen, Assessment assessment, String employer) {
        String title = "What your answers show" + (employer.isEmpty() ? "" : " about " + employer);
        screen.blank();
        screen.console().println(screen.console().styled(Emphasis.HEADING, title));
        screen.console().println(screen.console().styled(Emphasis.HEADING, "=".repeat(title.length())));
        screen.text(TextReport.summary(assessment) + ".");
        for (FindingKind kind : FindingKind.values()) {
            List<Finding> findings = assessment.findings(kind);
            if (findings.isEmpty()) {
                continue;
            }
            screen.heading(Words.heading(kind) + (kind == FindingKind.GAP ? ", most urgent first" : ""));
            int number = 1;
            for (Finding finding : findings) {
                screen.blank();
                full(screen, number++, finding);
            }
        }
        if (assessment.findings().isEmpty()) {
            screen.text("No findings: the answers given do not bear on the guidance.");
        }
    }

    /** One finding with what to ask for, the arguments, the answers it rests on, the rule and the sources. */
    private static void full(Screen screen, int number, Finding finding) {
        String label = number + ". ";
        String pad = " ".repeat(label.length());
        String tag = finding.kind() == FindingKind.GAP ? "[" + finding.priority().id() + "] " : "";
        Emphasis emphasis = finding.kind() == FindingKind.GAP && finding.priority() == Priority.HIGH
                ? Emphasis.ALERT : Emphasis.QUESTION;
        screen.wrapped(label, pad, tag + finding.title(), emphasis);
        screen.wrapped(pad, pad, finding.advice());
        if (!finding.points().isEmpty()) {
            screen.console().println(pad + "Arguments:");
            finding.points().forEach(point -> screen.wrapped(pad + " - ", pad + "   ", point));
        }
        if (!finding.because().isEmpty()) {
            screen.wrapped(pad, pad + "  ", "Because " + Words.because(finding.because()) + ".", Emphasis.QUIET);
        }
        screen.wrapped(pad, pad + "  ", "Rule: \"" + finding.rule() + "\"", Emphasis.QUIET);
        screen.wrapped(pad, pad + "  ", "Sources: " + String.join(", ", finding.guidance()), Emphasis.QUIET);
    }
}
