package org.monitoringadvisor.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.monitoringadvisor.knowledge.ChangesSinceGuide;
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
        String byBasis = BasisWords.gapCounts(assessment.findings(FindingKind.GAP));
        if (!byBasis.isEmpty()) {
            out.append(Wrap.lines("", "", "Gaps by what they rest on: " + byBasis + "."));
        }
        section(out, "GAPS TO NEGOTIATE", assessment.findings(FindingKind.GAP));
        section(out, "QUESTIONS TO PUT TO MANAGEMENT", assessment.findings(FindingKind.ASK));
        section(out, "STRENGTHS TO BUILD ON", assessment.findings(FindingKind.STRENGTH));
        if (assessment.findings().isEmpty()) {
            out.append('\n').append("No findings yet: answer some questions first.\n");
        }
        changesSinceGuide(out, input);
        sources(out, assessment);
        currency(out, input);
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
        out.append(Wrap.lines(pad + "Basis: ", pad + INDENT, BasisWords.of(finding)));
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
            out.append('\n').append(source.id()).append(" (").append(source.kind().label())
                    .append(source.confidence().equals("high") ? "" : ", confidence " + source.confidence()).append(")\n");
            out.append(Wrap.lines(INDENT, INDENT, source.summary()));
            out.append(Wrap.lines(INDENT, INDENT, source.citation() + ". " + source.url()));
        }
    }

    /** Where the guide behind the seed guidance rests on law or guidance that has since been replaced. */
    private static void changesSinceGuide(StringBuilder out, ReportInput input) {
        ChangesSinceGuide changes = input.ruleBase().changesSinceGuide();
        if (changes.changes().isEmpty() || input.assessment().findings().isEmpty()) {
            return;
        }
        String heading = "WHAT HAS CHANGED SINCE THE GUIDE";
        out.append('\n').append(heading).append('\n').append("=".repeat(heading.length())).append('\n').append('\n');
        out.append(Wrap.lines("", "", "Some of the law and guidance behind " + changes.guide()
                + " has since been replaced:"));
        for (ChangesSinceGuide.Change change : changes.changes()) {
            out.append(Wrap.lines(" - ", "   ", change.title() + ": the guide relies on " + change.guideReliedOn()
                    + "; now " + change.now() + " (since " + change.since() + ")."));
        }
    }

    /** The date the guidance is current as of, and any cited document that may be out of date. */
    private static void currency(StringBuilder out, ReportInput input) {
        Currency currency = Currency.of(input);
        out.append('\n').append("CURRENCY\n========\n\n");
        out.append(Wrap.lines("", "", "The guidance in this rule base is current as of "
                + input.ruleBase().guidanceAsOf() + "."));
        if (currency.ruleBaseStale()) {
            out.append(Wrap.lines("", "", "This report is dated " + currency.checkedAgainst() + ", more than "
                    + currency.staleAfterMonths() + " months later: look for a newer release before relying on it."));
        }
        if (!currency.staleDocuments().isEmpty()) {
            out.append(Wrap.lines("", "", "Cited documents last checked more than " + currency.staleAfterMonths()
                    + " months before " + currency.checkedAgainst() + " (check for a newer edition):"));
            for (Currency.StaleDocument document : currency.staleDocuments()) {
                out.append(Wrap.lines(" - ", "   ", document.publisher() + ", \"" + document.title()
                        + "\", current as of " + document.currentAsOf() + "."));
            }
        }
    }

    private static String reason(Reason reason) {
        return "you answered \"" + reason.valueLabel() + "\" to \"" + reason.questionText() + "\"";
    }
}
