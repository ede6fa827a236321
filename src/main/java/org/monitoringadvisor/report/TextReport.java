package org.monitoringadvisor.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Source;

/**
 * A plain-text report for the terminal: gaps first by priority, then the questions for management, then the
 * strengths; each finding with what was found, what to ask for, the arguments, and the sources.
 */
public final class TextReport {

    private static final String INDENT = "   ";

    private TextReport() {
    }

    /** Renders the whole report. */
    public static String render(ReportInput input) {
        Assessment assessment = input.assessment();
        StringBuilder out = new StringBuilder();
        String employer = input.employer();
        out.append("Monitoring Advisor: assessment")
                .append(employer.isEmpty() ? "" : " of " + employer).append('\n');
        out.append("Rule base ").append(assessment.ruleBaseVersion()).append(", guidance current as of ")
                .append(input.ruleBase().guidanceAsOf()).append('\n');
        out.append('\n').append(summary(assessment)).append('\n');
        section(out, "GAPS TO NEGOTIATE", assessment.findings(FindingKind.GAP));
        section(out, "QUESTIONS TO PUT TO MANAGEMENT", assessment.findings(FindingKind.ASK));
        section(out, "STRENGTHS TO BUILD ON", assessment.findings(FindingKind.STRENGTH));
        if (assessment.findings().isEmpty()) {
            out.append('\n').append("No findings yet: answer some questions first.\n");
        }
        sources(out, assessment);
        out.append('\n').append(Wrap.lines("", "", "This is guidance to support negotiation, not legal advice."));
        return out.toString();
    }

    /** One line of counts: gaps by priority, questions for management, strengths. */
    public static String summary(Assessment assessment) {
        List<Finding> gaps = assessment.findings(FindingKind.GAP);
        String byPriority = List.of(Priority.values()).stream()
                .map(p -> gaps.stream().filter(g -> g.priority() == p).count() + " " + p.id())
                .filter(s -> !s.startsWith("0 ")).collect(Collectors.joining(", "));
        return count(gaps.size(), "gap", "gaps") + (byPriority.isEmpty() ? "" : " (" + byPriority + ")") + ", "
                + count(assessment.findings(FindingKind.ASK).size(), "question for management",
                "questions for management") + ", "
                + count(assessment.findings(FindingKind.STRENGTH).size(), "strength", "strengths");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void section(StringBuilder out, String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append('\n').append("=".repeat(heading.length())).append('\n');
        int number = 1;
        for (Finding finding : findings) {
            out.append('\n');
            out.append(finding(number++, finding));
        }
    }

    /** One finding, numbered, with its explanation and sources. */
    public static String finding(int number, Finding finding) {
        StringBuilder out = new StringBuilder();
        String label = number + ". ";
        String tag = finding.kind() == FindingKind.GAP ? "[" + finding.priority().id() + "] " : "";
        out.append(Wrap.lines(label + tag, " ".repeat(label.length()), finding.title()));
        String pad = " ".repeat(label.length());
        out.append(Wrap.lines(pad, pad, finding.advice()));
        if (!finding.points().isEmpty()) {
            out.append(pad).append("Arguments:\n");
            for (String point : finding.points()) {
                out.append(Wrap.lines(pad + " - ", pad + "   ", point));
            }
        }
        if (!finding.because().isEmpty()) {
            String because = finding.because().stream().map(TextReport::reason).collect(Collectors.joining("; "));
            out.append(Wrap.lines(pad + "Because: ", pad + INDENT, because));
        }
        out.append(Wrap.lines(pad + "Rule: ", pad + INDENT, "\"" + finding.rule() + "\""));
        out.append(Wrap.lines(pad + "Sources: ", pad + INDENT, String.join(", ", finding.guidance())));
        return out.toString();
    }

    /** Every cited guidance point once, with what it says and where to read it. */
    private static void sources(StringBuilder out, Assessment assessment) {
        Map<String, Source> cited = new TreeMap<>();
        assessment.findings().forEach(f -> f.sources().forEach(s -> cited.putIfAbsent(s.id(), s)));
        if (cited.isEmpty()) {
            return;
        }
        out.append('\n').append("SOURCES\n=======\n");
        for (Source source : cited.values()) {
            out.append('\n').append(source.id()).append(" (").append(source.kind().label()).append(")\n");
            out.append(Wrap.lines(INDENT, INDENT, source.summary()));
            out.append(Wrap.lines(INDENT, INDENT, source.citation() + ". " + source.url()));
        }
    }

    private static String reason(Reason reason) {
        return "you answered \"" + reason.valueLabel() + "\" to \"" + reason.questionText() + "\"";
    }
}
